namespace Inkwell.Identity.Contracts;

/// <summary>What Identity's bulk seeder leaves in the seed context for the modules seeded after it.</summary>
/// <param name="UserIds">Every seeded user's id.</param>
/// <param name="CelebrityIds">The users most others follow (a subset of <paramref name="UserIds"/>).</param>
public sealed record SeededUsers(IReadOnlyList<long> UserIds, IReadOnlyList<long> CelebrityIds);
