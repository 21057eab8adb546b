// A curated catalogue of skills with the other names people write for them. The CV parser uses it to
// find skills named in bullets when a CV has no skills section; matching a CV to a job uses the same
// aliases (JS/JavaScript, Postgres/PostgreSQL, k8s/Kubernetes…). One line per skill: the canonical
// name first, then its aliases, separated by "|".

const lines = `
JavaScript|JS|ECMAScript|ES6
TypeScript|TS
Python|Python3
Java|J2EE|Java EE
C|C language
C++|CPP
C#|CSharp|C Sharp
Go|Golang
Rust
Ruby
PHP
Kotlin
Swift
Objective-C
Scala
R
MATLAB|Matlab
Julia
Perl
Shell|Bash|Shell scripting|Zsh
PowerShell
SQL|T-SQL|PL/SQL
NoSQL
HTML|HTML5
CSS|CSS3
Sass|SCSS
React|React.js|ReactJS
React Native
Next.js|NextJS
Vue.js|Vue|VueJS
Angular|AngularJS
Svelte
Node.js|Node|NodeJS
Express|Express.js
Deno
Django
Flask
FastAPI
Spring|Spring Framework
Spring Boot|SpringBoot
Spring MVC
Spring Cloud|SprigCloud
Hibernate
MyBatis|Mybatis
Ruby on Rails|Rails
Laravel
.NET|dotnet|ASP.NET|.NET Core
GraphQL
REST|REST APIs|RESTful|REST API|RESTful APIs
gRPC
WebSockets|WebSocket
PostgreSQL|Postgres|psql
MySQL
MariaDB
SQLite
Oracle Database|Oracle DB
SQL Server|MS SQL|MSSQL|Microsoft SQL Server
MongoDB|Mongo
Redis
Cassandra
DynamoDB
Elasticsearch|Elastic Search|ELK
Kafka|Apache Kafka
RabbitMQ
Apache Spark|Spark|PySpark
Hadoop
Apache Beam|Beam
Airflow|Apache Airflow
Snowflake
BigQuery
Redshift|Amazon Redshift
dbt
ETL
Docker|Containers|Containerization
Kubernetes|k8s|K8S
Helm
Terraform
Ansible
Kustomize
ArgoCD|Argo CD
Jenkins
GitHub Actions
GitLab CI
CI/CD|CI CD|Continuous Integration|Continuous Delivery|Continuous Deployment|Continuous Integration and Deployment|Continuous Integration & Deployment|Continuous Integration and Delivery|CI & CD
Git|GitHub|GitLab
Linux
Unix|Unix-like operating systems|Unix-like systems|Unix-like
AWS|Amazon Web Services
Azure|Microsoft Azure
GCP|Google Cloud|Google Cloud Platform
Lambda|AWS Lambda
S3|Amazon S3
EC2
ECS
RDS
Serverless
Microservices|Microservice
Distributed Systems
Event-driven Systems|Event-driven architecture
System Design
API Design
Prometheus
Grafana
Datadog
PagerDuty
Observability
Service Mesh|Istio|Consul
Nginx
TensorFlow
PyTorch
Keras
Scikit-learn|sklearn|scikit learn
Pandas
NumPy
Jupyter
OpenCV
Hugging Face|HuggingFace|Transformers|Hugging Face Transformers
LLM|LLMs|Large Language Models
NLP|Natural Language Processing
Computer Vision
Machine Learning|ML
Deep Learning
Data Analysis|Data Analytics|Analytics|Analyzing data|Analysing data
Data Visualization
Statistics
A/B Testing|AB testing|Experimentation
Tableau
Power BI|PowerBI
Looker
Excel|MS Excel|Microsoft Excel
Word|MS Word|Microsoft Word
PowerPoint|MS PowerPoint|Microsoft PowerPoint
Google Workspace|G Suite
Salesforce|Salesforce CRM
Salesforce Service Cloud
HubSpot
Zendesk
SAP
Jira
Confluence
Figma
Sketch
Adobe Photoshop|Photoshop
Adobe Illustrator|Illustrator
InDesign|Adobe InDesign
Adobe XD
UX|User Experience|UX Design|User Experience Design
UI Design|User Interface Design
Product Management
Project Management
Agile|Agile methodologies|Agile Development
Scrum|Certified Scrum Master|CSM
Kanban
Leadership|Project Leadership|Team Leadership
Communication|Communication skills|Written Communication|Oral Communication|Verbal Communication|Written and verbal communication|Verbal and written communication
Customer Service|Customer service
Sales
Account Management|Managing accounts|Key Account Management
Business Development
Marketing
SEO
Accounting
Financial Analysis
Budgeting
Recruiting|Recruitment|Talent Acquisition|Reclutamiento|Selección de personal|Recrutement|Recrutamento
Teaching|Enseñanza|Enseignement
Nursing
Patient Care
CUDA
WebGL
Unity
OCaml
Haskell
Elixir
Erlang
Clojure
Lisp|Common Lisp
Assembly|x86 assembly
Forth
Security|Information Security|Cybersecurity
Penetration Testing
Networking
Windows
macOS|Mac OS
iOS
Android
Selenium
Playwright
Cypress
Jest
JUnit
Testing|Unit Testing|Test Automation|Automated Testing
asyncio
OpenTelemetry
CircleCI
ElastiCache
Django REST Framework|DRF
Celery
SQLAlchemy
Pydantic
Data Modeling|Data modelling
Query Optimization|Query tuning
On-call|Incident Response
Postmortems
Runbooks
MLOps
Feature Engineering
Model Deployment
Experiment Tracking|MLflow
Spark MLlib
Product Strategy
Roadmapping|Product Roadmap
User Research
Stakeholder Management
OKRs
CRM
Lead Generation
Negotiation|Negotiating|Negotiation skills
Cold Calling
Pipeline Management
Contract Management
Government Sales|Public Sector Sales
Customer Success
Registered Nurse|RN|RN licence|RN license|Registered Nurse licence|Registered Nurse license|Enfermero|Enfermera|Enfermero/a|Enfermera titulada|Infirmier|Infirmière|Infirmier diplômé|Infirmière diplômée|Pflegefachkraft|Pflegefachfrau|Pflegefachmann|Enfermeiro|Enfermeira
BLS|Basic Life Support|Soporte vital básico|SVB
ACLS|Advanced Cardiac Life Support|Advanced Life Support|Soporte vital avanzado|SVA
PALS
Post-anesthesia Care|PACU|Post-anesthesia care unit
Electronic Health Records|EHR|EMR
Lesson Planning
Classroom Management
Curriculum Development
Phonics
English|Inglés|Anglais|Englisch|Inglês|Inglese
Spanish|Español|Castellano|Espagnol|Spanisch|Espanhol|Spagnolo
French|Français|Francés|Französisch|Francês|Francese
German|Deutsch|Alemán|Allemand|Alemão|Tedesco
Portuguese|Português|Portugués|Portugais|Portugiesisch|Portoghese
Italian|Italiano|Italien|Italienisch
Dutch|Nederlands|Néerlandais|Niederländisch|Neerlandés
Mandarin|Mandarin Chinese|Chinese|Chino|Chinois|Chinesisch
Japanese|Japonés|Japonais|Japanisch
Korean|Coreano|Coréen|Koreanisch
Arabic|Árabe|Arabe|Arabisch
Russian|Ruso|Russe|Russisch
Hindi
Polish|Polaco|Polonais|Polnisch
Turkish|Turco|Turc|Türkisch
Catalan|Català|Catalán
Financial Reporting
Revenue Recognition
GAAP
SaaS|Software as a Service|Software-as-a-Service
APIs|API|Web APIs
Web Applications|Web Application|Web Apps
Web Development|Web Dev
Cloud Infrastructure
Test-Driven Development|TDD|Test Driven Development
Relational Databases|Relational Database|RDBMS
Database Management|Database Administration
Multi-Factor Authentication|MFA|2FA|Two-Factor Authentication
Identity and Access Management|IAM
Feature Store|Feature Stores
Model Registry|Model Registries
ML Monitoring|Model Monitoring
Triton Inference Server|Triton
SageMaker|Amazon SageMaker|AWS SageMaker
Distributed Computing|Distributed Compute
Dask
Amplitude
Mixpanel
Google Analytics
Product Requirements|PRD|PRDs|Product Requirements Document|Product Requirements Documents
VBA|Visual Basic for Applications
Power Platform|Microsoft Power Platform
Power Automate
Power Apps|PowerApps
Google Slides
Google Sheets
Google Docs
Hyperion|Oracle Hyperion
OBIEE|Oracle Business Intelligence
NetSuite
QuickBooks
Xero
Workday
Process Improvement|Continuous Improvement|Business Process Improvement|Process Optimization|Process Optimisation
Business Acumen|Commercial Acumen|Commercial Awareness
Analytical Skills|Analytical Thinking|Analytical
Problem Solving|Problem-solving|Problem solving skills|Resolución de problemas
Multitasking|Multi-task|Multi-tasking
Initiative|Self-starter
Creativity|Creative thinking
Attention to Detail|Detail-oriented|Detail oriented
Teamwork|Team player|Trabajo en equipo
Time Management
Critical Thinking
Adaptability
Presentation Skills|Presenting|Presentations|Public Speaking
Sales Strategy|Sales strategies
Consultative Selling|Consultative Sales
Prospecting
B2B Sales
Sales Forecasting
Upselling|Cross-selling
Reporting
Documentation
Newsletters|Newsletter|Email newsletters
Social Media|Social Media Marketing
Copywriting
Content Writing
Event Planning|Event Management
Vital Signs|Vital sign monitoring
Medication Administration|Administer medication|Administer medications|Administering medication|Administering medications|Medication management
IV Access|IV Therapy|IV insertion|Intravenous therapy|IV cannulation|Peripheral IV
Wound Care
Phlebotomy|Venipuncture
Triage
Patient Assessment
Infection Control|Infection Prevention
Telemetry
Critical Care|ICU|Intensive Care
Licensed Practical Nurse|LPN|LVN|Licensed Vocational Nurse
Nurse Practitioner|APRN
Certified Nursing Assistant|CNA
CPR|Cardiopulmonary Resuscitation
First Aid
IFRS|International Financial Reporting Standards
Consolidation|Financial Consolidation|Group Consolidation|Consolidated accounts
Month-end Close|Month End Close|Month-end closing|Period-end close|Year-end close|Cierre contable|Cierre mensual
Accounts Payable
Accounts Receivable
Reconciliation|Reconciliations|Account Reconciliation|Bank Reconciliation|Bank Reconciliations|Conciliaciones bancarias|Conciliación bancaria
Payroll|Nóminas|Nómina|Paie|Lohnabrechnung
Bookkeeping
Audit|Auditing|Internal Audit|External Audit|Auditoría
Taxation|Tax compliance|Tax returns
Forecasting|Financial Forecasting
Financial Modelling|Financial Modeling
Variance Analysis
Management Accounting|Management Accounts|Contabilidad de gestión|Contrôle de gestion
Treasury|Cash Management
SAP FI/CO|SAP FICO|SAP FI-CO|SAP FI CO
SAP FI|SAP Financial Accounting
SAP CO|SAP Controlling
ACCA|ACCA qualified|ACCA qualification|Association of Chartered Certified Accountants
CIMA|CIMA qualified|CIMA qualification|Chartered Institute of Management Accountants
ACA|ICAEW|ACA qualified
CPA|Certified Public Accountant
CFA|Chartered Financial Analyst
CMA|Certified Management Accountant
PMP|Project Management Professional
PRINCE2
CISSP
CISA
Electrical Installation|Electrical Installations|Instalaciones eléctricas|Elektroinstallation
BS 7671|18th Edition|IET Wiring Regulations
Licensed Electrician|Journeyman Electrician|Master Electrician|Qualified Electrician
Plumbing
Welding|MIG Welding|TIG Welding|Soldadura
Carpentry|Joinery
HVAC
Gas Safe|Gas Safe registered
PLC|PLC programming
AutoCAD
Blueprint Reading|Reading blueprints|Technical drawings
Forklift Licence|Forklift License|Forklift certification|Counterbalance forklift|Forklift
CSCS Card|CSCS
Professional Registration|NMC registration|NMC registered|HCPC registration|HCPC registered|GMC registration|Colegiación|Colegiado|Colegiada|Inscription à l'Ordre|Berufserlaubnis
SIA Licence|SIA License|SIA badge
Driving Licence|Driving License|Driver's License|Driver's Licence|Drivers License|Full driving licence|Clean driving licence|Permis B|Permis de conduire|Carnet de conducir|Führerschein|Carteira de habilitação
CDL|Commercial Driver's License
Health and Safety|Occupational Health and Safety|OSHA|Prevención de riesgos laborales
Food Hygiene Certificate|Food Hygiene|Food Safety Certificate
HACCP
Safeguarding|Child Protection
Special Educational Needs|SEN
QTS|Qualified Teacher Status
Teaching Licence|Teaching License|Teaching Certificate|Teaching Credential
Differentiated Instruction
Online Teaching|Online Tutoring
English as a Second Language|ESL|TEFL|TESOL|CELTA
Early Years|EYFS
Onboarding
Microsoft Office|MS Office|Pack Office|Office 365|Microsoft 365
Applicant Tracking System|ATS|Applicant Tracking Systems
Employee Relations
Performance Management
Compensation and Benefits|Compensation & Benefits|Compensación y beneficios
Employment Law|Labour Law|Labor Law|Derecho laboral|Droit du travail|Arbeitsrecht
Learning and Development|L&D|Training and Development
HRIS
CIPD
SHRM-CP|SHRM
`;

export type Skill = { name: string; aliases: string[] };

export const skillCatalog: Skill[] = lines
  .trim()
  .split("\n")
  .map((line) => {
    const [name, ...aliases] = line.split("|").map((s) => s.trim());
    return { name: name!, aliases };
  });

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

const wordPattern = (names: string[], flags: string, strict = false) =>
  new RegExp(
    // Short names must also stand apart from hyphens: "C-level" and "R-value" are not skills.
    `(?<![\\p{L}\\p{N}+#.${strict ? "-" : ""}])(?:${names.map(escape).join("|")})(?![\\p{L}\\p{N}+#${strict ? "-" : ""}]|\\.[\\p{L}])`,
    flags,
  );

/**
 * Every way of writing a skill as whole-word patterns. Names of one or two letters (C, R, Go, JS) are
 * matched case-sensitively, or "go" and "r" in prose would match everywhere.
 */
export const skillMatchers: { skill: Skill; patterns: RegExp[] }[] = skillCatalog.map((skill) => {
  const names = [skill.name, ...skill.aliases].sort((a, b) => b.length - a.length);
  const long = names.filter((n) => n.length > 2);
  const short = names.filter((n) => n.length <= 2);
  return { skill, patterns: [...(long.length ? [wordPattern(long, "iu")] : []), ...(short.length ? [wordPattern(short, "u", true)] : [])] };
});

// Every name and alias in lower case, mapped to its skill; the first skill to use a name keeps it.
const skillsByName = new Map<string, Skill>();
for (const skill of skillCatalog)
  for (const name of [skill.name, ...skill.aliases]) if (!skillsByName.has(name.toLowerCase())) skillsByName.set(name.toLowerCase(), skill);

/** The catalogue skill a written name refers to (alias-aware), or null when it is not in the catalogue. */
export function canonicalSkill(written: string): Skill | null {
  return skillsByName.get(written.trim().toLowerCase()) ?? null;
}
