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
CI/CD|CI CD|Continuous Integration|Continuous Delivery
Git|GitHub|GitLab
Linux
Unix
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
Hugging Face|HuggingFace|Transformers
LLM|LLMs|Large Language Models
NLP|Natural Language Processing
Computer Vision
Machine Learning|ML
Deep Learning
Data Analysis|Data Analytics
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
Leadership
Communication|Communication skills
Customer Service|Customer service
Sales
Account Management
Business Development
Marketing
SEO
Accounting
Financial Analysis
Budgeting
Recruiting|Recruitment
Teaching
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
Testing|Unit Testing|Test Automation
asyncio
OpenTelemetry
CircleCI
ElastiCache
Django REST Framework|DRF
Celery
SQLAlchemy
Pydantic
Data Modeling|Data modelling
Query Optimization|SQL query optimization
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
Negotiation
Cold Calling
Pipeline Management
Contract Management
Government Sales|Public Sector Sales
Customer Success
Registered Nurse|RN
BLS|Basic Life Support
ACLS|Advanced Cardiac Life Support
PALS
Post-anesthesia Care|PACU|Recovery Room
Electronic Health Records|EHR|EMR
Lesson Planning
Classroom Management
Curriculum Development
Phonics
English
Spanish
French
German
Portuguese
Financial Reporting
Revenue Recognition
GAAP
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
