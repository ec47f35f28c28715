using Inkwell.Content.Data;
using Inkwell.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Inkwell.Tests.Platform.Messaging;

/// <summary>
/// Makes Content refuse one author (a trigger that aborts the insert), as a broken dependency would, until the test
/// lifts it: a failure an operator fixes and then replays the dead letters for.
/// </summary>
internal static class BlockedAuthor
{
    public static Task BlockAsync(ContentDbContext content, long userId) =>
        content.Database.ExecuteSqlRawAsync(TestDatabase.IsPostgres
            ? $"""
              CREATE FUNCTION block_author_{userId}() RETURNS trigger LANGUAGE plpgsql AS $$
              BEGIN IF NEW."Id" = {userId} THEN RAISE EXCEPTION 'author {userId} is blocked'; END IF; RETURN NEW; END $$;
              CREATE TRIGGER block_author_{userId} BEFORE INSERT ON content_authors FOR EACH ROW EXECUTE FUNCTION block_author_{userId}();
              """
            : $"""
              CREATE TRIGGER block_author_{userId} BEFORE INSERT ON content_authors
              WHEN NEW."Id" = {userId} BEGIN SELECT RAISE(ABORT, 'author {userId} is blocked'); END;
              """);

    public static Task UnblockAsync(ContentDbContext content, long userId) =>
        content.Database.ExecuteSqlRawAsync(TestDatabase.IsPostgres
            ? $"DROP TRIGGER block_author_{userId} ON content_authors; DROP FUNCTION block_author_{userId}();"
            : $"DROP TRIGGER block_author_{userId};");
}
