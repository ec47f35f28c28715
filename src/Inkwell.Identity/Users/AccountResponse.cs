using Inkwell.Identity.Contracts;
using Inkwell.Platform.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Inkwell.Identity.Users;

/// <summary>An account as the admin API answers it: <c>{"account":{...}}</c>.</summary>
internal sealed record AccountResponse(AccountListing Account)
{
    public static Results<Ok<AccountResponse>, JsonHttpResult<ErrorResponse>> From(Result<AccountListing> result) =>
        result.Value is { } account ? TypedResults.Ok(new AccountResponse(account)) : ApiErrors.From(result);
}
