using Inkwell.BrowserTests.Infrastructure;

namespace Inkwell.BrowserTests.Tour;

/// <summary>A site of its own, holding only the demo content, so the screenshots show what a newcomer sees.</summary>
[CollectionDefinition(Name)]
public sealed class TourCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Tour";
}
