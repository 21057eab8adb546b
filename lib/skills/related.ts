// Skills that stand in for each other in part: knowing MySQL is half of knowing PostgreSQL for a
// posting. Used for partial matches, shown as such, never counted as full matches.
const families: string[][] = [
  ["PostgreSQL", "MySQL", "MariaDB", "SQLite", "SQL Server", "Oracle Database"],
  ["MongoDB", "DynamoDB", "Cassandra"],
  ["AWS", "Azure", "GCP"],
  ["React", "Vue.js", "Angular", "Svelte"],
  ["Jenkins", "GitHub Actions", "GitLab CI", "CircleCI"],
  ["Kubernetes", "ECS", "Docker"],
  ["Django", "Flask", "FastAPI"],
  ["Kafka", "RabbitMQ"],
  ["Tableau", "Power BI", "Looker"],
  ["TensorFlow", "PyTorch", "Keras"],
  ["Terraform", "Ansible"],
  ["Prometheus", "Grafana", "Datadog", "OpenTelemetry"],
  ["Java", "Kotlin", "Scala"],
  ["JavaScript", "TypeScript"],
  ["Salesforce", "HubSpot", "CRM"],
  ["Spring", "Spring Boot"],
];

/** The skills in the same family as `skill` (canonical names), not including it. */
export function relatedSkills(skill: string): string[] {
  return families
    .filter((f) => f.includes(skill))
    .flat()
    .filter((s) => s !== skill);
}
