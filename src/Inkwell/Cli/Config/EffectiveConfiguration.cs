using Microsoft.Extensions.Configuration.CommandLine;
using Microsoft.Extensions.Configuration.EnvironmentVariables;
using Microsoft.Extensions.Configuration.Json;

namespace Inkwell.Cli.Config;

/// <summary>A setting as <c>config show</c> prints it: its key, its value (masked if secret) and the source it came from.</summary>
internal sealed record Setting(string Key, string? Value, string Source);

/// <summary>The configuration a start with these arguments would see, read through the same builder the host uses.</summary>
internal static class EffectiveConfiguration
{
    public static IReadOnlyList<Setting> Read(string[] args, bool includeEnvironment)
    {
        var configuration = InkwellHost.CreateBuilder(args).Configuration;

        // The manager builds one provider per source, in order; the source knows what the provider does not (a prefix).
        var sources = ((IConfigurationBuilder)configuration).Sources.ToList();
        var providers = ((IConfigurationRoot)configuration).Providers.Select((provider, i) => (Provider: provider, Source: sources[i])).Reverse().ToList();
        return configuration.AsEnumerable()
            .Where(pair => pair.Value is not null)
            .Select(pair => (pair.Key, pair.Value, From: providers.First(p => p.Provider.TryGet(pair.Key, out _))))
            .Where(setting => includeEnvironment || IsSetting(setting.Key, setting.From.Source))
            .OrderBy(setting => setting.Key, StringComparer.OrdinalIgnoreCase)
            .Select(setting => new Setting(setting.Key, SecretMask.Apply(setting.Key, setting.Value), SourceOf(setting.From.Provider)))
            .ToList();
    }

    /// <summary>The host's own settings that environment variables give without a section (<c>ASPNETCORE_ENVIRONMENT</c>).</summary>
    private static readonly HashSet<string> HostKeys = new(StringComparer.OrdinalIgnoreCase) { "environment", "urls", "http_ports", "https_ports", "target" };

    /// <summary>
    /// The host reads every environment variable; those that name a section (<c>Database__Provider</c>) or a host
    /// setting are settings, the rest (<c>PATH</c>, <c>HOME</c>, the SDK's own) are the machine's and would bury them.
    /// </summary>
    private static bool IsSetting(string key, IConfigurationSource source) =>
        source is not EnvironmentVariablesConfigurationSource || key.Contains(':', StringComparison.Ordinal) || HostKeys.Contains(key);

    private static string SourceOf(IConfigurationProvider provider) => provider switch
    {
        JsonConfigurationProvider json => Path.GetFileName(json.Source.Path) ?? "settings file",
        EnvironmentVariablesConfigurationProvider => "environment",
        CommandLineConfigurationProvider => "command line",
        _ => "host defaults",
    };
}
