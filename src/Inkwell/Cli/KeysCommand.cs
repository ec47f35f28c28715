using System.CommandLine;
using Inkwell.Platform;
using Inkwell.Platform.Auth;
using Spectre.Console;

namespace Inkwell.Cli;

/// <summary>
/// <c>inkwell keys</c>: the token signing keys in the configured key folder (<c>Auth:SigningKeys:Path</c>, or the
/// data folder's <c>keys</c> in Development). Rotating adds a key; removing an old one is deleting its file.
/// </summary>
internal static class KeysCommand
{
    public static Command Create()
    {
        var rotate = new Command("rotate", "Create a new signing key; it becomes the active one when Identity next starts.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        rotate.SetAction(RotateAsync);

        var list = new Command("list", "List the signing keys and which one signs new tokens.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        list.SetAction(ListAsync);

        return new Command("keys", "Manage the keys access tokens are signed with.") { rotate, list };
    }

    private static Task<int> RotateAsync(ParseResult parseResult, CancellationToken cancellationToken) =>
        WithStoreAsync(parseResult, store =>
        {
            var keyId = store.Create();
            Console.WriteLine($"Created signing key {keyId} in {store.Location}.");
            Console.WriteLine(
                "It signs new tokens once Identity restarts (unless Auth:SigningKeys:Active pins another key). Keep the older keys "
                + "until the tokens they signed have expired (Auth:TokenLifetime), then delete their files.");
        });

    private static Task<int> ListAsync(ParseResult parseResult, CancellationToken cancellationToken) =>
        WithStoreAsync(parseResult, store =>
        {
            using var keys = store.Load();
            var table = new Table().AddColumns("key id", "bits", "signs new tokens");
            foreach (var key in keys.PublicKeys)
            {
                table.AddRow(key.KeyId, key.KeySize.ToString(System.Globalization.CultureInfo.InvariantCulture), key.KeyId == keys.ActiveKeyId ? "yes" : "");
            }

            Console.WriteLine($"Signing keys in {store.Location}:");
            AnsiConsole.Write(table);
        });

    private static async Task<int> WithStoreAsync(ParseResult parseResult, Action<SigningKeyStore> action)
    {
        if (await InkwellCli.TryBuildHostAsync(parseResult) is not var (app, _))
        {
            return ExitCodes.BadArguments;
        }

        await using (app)
        {
            try
            {
                action(app.Services.GetRequiredService<SigningKeyStore>());
                return ExitCodes.Ok;
            }
            catch (ConfigurationException error)
            {
                await Console.Error.WriteLineAsync(error.Message);
                return ExitCodes.BadArguments;
            }
        }
    }
}
