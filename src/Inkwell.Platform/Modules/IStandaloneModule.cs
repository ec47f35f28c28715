namespace Inkwell.Platform.Modules;

/// <summary>
/// A module that runs in a process of its own, like the gateway: <c>all</c> does not include it, no other
/// module may share its process, and its host gets none of the API pipeline (tokens, CORS, error bodies),
/// since it only passes requests on to the processes that own them.
/// </summary>
public interface IStandaloneModule : IModule;
