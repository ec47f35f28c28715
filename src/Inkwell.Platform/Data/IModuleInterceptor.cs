using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Inkwell.Platform.Data;

/// <summary>An EF Core interceptor registered for one module's DbContext; <see cref="DatabaseSetup"/> attaches it.</summary>
public interface IModuleInterceptor<TContext> : IInterceptor
    where TContext : DbContext;
