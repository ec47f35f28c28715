namespace Inkwell.Tests.Infrastructure;

/// <summary>Test classes in this collection share one started host and database; tests use unique names.</summary>
[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<InkwellFactory>
{
    public const string Name = "api";
}
