namespace Inkwell.Platform.Caching;

/// <summary>Present when this process's responses show modules that run elsewhere (<see cref="CachingSetup.AddResponsesOfRemoteModules"/>).</summary>
internal sealed class RemoteModuleResponses;
