namespace Inkwell.Content.Seeding;

/// <summary>The vocabulary seeded articles are written from: small lists, combined at random.</summary>
internal static class SeedWords
{
    public static readonly string[] Topics =
    [
        "PostgreSQL", "SQLite", "Kubernetes", "Rust", "TypeScript", "React", "Redis", "GraphQL", "Docker", "Go",
        "Python", "Kafka", "CSS", "WebAssembly", "Linux", "Terraform", "C#", "Elixir", "the browser", "the monolith",
        "our API", "the cache", "the job queue", "the search index", "the mobile app", "the design system",
    ];

    public static readonly string[] Concepts =
    [
        "indexes", "retries", "feature flags", "code review", "error budgets", "migrations", "load tests", "caching",
        "pagination", "observability", "backpressure", "rate limits", "dark mode", "onboarding", "type systems",
        "technical debt", "release trains", "on-call", "idempotency", "connection pools", "schema design",
        "accessibility", "structured logging", "timeouts", "contract tests", "blue-green deploys", "small pull requests",
    ];

    public static readonly string[] Metrics =
        ["p99 latency", "build times", "cloud costs", "page weight", "memory use", "error rates", "cold starts", "queue depth"];

    public static readonly string[] Experiences =
    [
        "a year in production", "three outages", "a weekend project", "a code review gone wrong", "a team of five",
        "a million requests a day", "one very long incident", "rewriting it twice", "a migration that took a quarter",
    ];

    public static readonly string[] Subjects =
    [
        "The team", "Our staging cluster", "Every schema change", "A small refactor", "The first prototype",
        "Nobody on call", "The dashboard", "A good default", "The old design", "One missing index", "The new pipeline",
        "Our biggest customer", "A single config flag", "The rollback plan", "The second attempt",
    ];

    public static readonly string[] Verbs =
    [
        "changed", "exposed", "simplified", "slowed down", "made visible", "broke", "improved", "replaced",
        "doubled", "hid", "explained", "outlived", "paid for", "questioned",
    ];

    public static readonly string[] Tails =
    [
        "", "", "", " within a week", " without anyone noticing", " for the first time", " under real load",
        " in the end", " more than we expected", " on a Friday afternoon", " before lunch",
    ];

    public static readonly string[] Headings =
    [
        "Where it started", "What we measured", "The fix", "What we would do again", "Trade-offs", "Next steps",
        "Background", "Results", "What surprised us", "The boring part",
    ];

    public static readonly string[] Snippets =
    [
        "```sql\nCREATE INDEX CONCURRENTLY ix_orders_customer ON orders (customer_id, created_at);\n```",
        "```sh\ncurl -s localhost:8080/health | jq .status\n```",
        "```csharp\nawait using var scope = services.CreateAsyncScope();\n```",
        "```yaml\nresources:\n  limits:\n    memory: 512Mi\n```",
        "> Make it work, make it right, make it fast.",
        "> The fastest query is the one you never send.",
    ];

    public static readonly string[] CommentOpeners =
    [
        "Great write-up!", "This matches what we saw.", "Thanks for sharing.", "I disagree a little.",
        "Bookmarked.", "We tried the same thing last year.", "Interesting take.", "How did you measure this?",
        "Clear and practical.", "Sending this to my team.", "Nice follow-up to your last post.",
    ];

    public static readonly string[] Tags =
    [
        "programming", "javascript", "webdev", "databases", "devops", "python", "career", "design", "security",
        "testing", "performance", "architecture", "rust", "golang", "typescript", "react", "css", "accessibility",
        "kubernetes", "docker", "linux", "cloud", "postgres", "sqlite", "redis", "kafka", "graphql", "api",
        "opensource", "productivity", "beginners", "tutorial", "machinelearning", "datascience", "mobile", "android",
        "ios", "csharp", "dotnet", "java", "kotlin", "elixir", "haskell", "functional", "compilers", "wasm",
        "observability", "logging", "monitoring", "sre", "incidents", "microservices", "monolith", "messaging",
        "caching", "search", "frontend", "backend", "ux", "typography", "writing", "management", "leadership",
        "hiring", "interviews", "remote", "startups", "opinion", "showdev", "discuss", "news", "books", "math",
        "algorithms", "datastructures", "networking", "http", "browsers", "git", "ci", "terraform", "aws", "azure",
        "gcp", "serverless", "edge", "embedded", "hardware", "gamedev", "graphics", "audio", "privacy", "crypto",
        "ethics", "history", "education", "community", "inkwell",
    ];

    public static readonly string[] TagQualifiers =
        ["tips", "internals", "patterns", "tooling", "migration", "performance", "security", "testing", "basics", "news"];
}
