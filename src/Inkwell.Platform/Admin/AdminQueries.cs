using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Inkwell.Platform.Admin;

/// <summary>Builds the back office's filters and orderings over any entity from its metadata (<c>EF.Property</c>), so they run in SQL.</summary>
internal static class AdminQueries
{
    private static readonly System.Reflection.MethodInfo Contains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;

    public static IQueryable<T> Search<T>(IQueryable<T> rows, IEnumerable<IReadOnlyProperty> textColumns, string term)
    {
        var row = Expression.Parameter(typeof(T), "row");
        var anyContains = textColumns
            .Select(column => (Expression)Expression.Call(Column(row, column), Contains, Expression.Constant(term)))
            .Aggregate<Expression?, Expression?>(null, (all, next) => all is null ? next : Expression.OrElse(all, next!));
        return anyContains is null ? rows.Where(_ => false) : rows.Where(Expression.Lambda<Func<T, bool>>(anyContains, row));
    }

    /// <summary>Text columns contain <paramref name="value"/>; other columns equal it.</summary>
    public static IQueryable<T> Filter<T>(IQueryable<T> rows, IReadOnlyProperty column, object value)
    {
        var row = Expression.Parameter(typeof(T), "row");
        Expression test = column.ClrType == typeof(string)
            ? Expression.Call(Column(row, column), Contains, Expression.Constant(value, typeof(string)))
            : Expression.Equal(Column(row, column), Expression.Constant(value, column.ClrType));
        return rows.Where(Expression.Lambda<Func<T, bool>>(test, row));
    }

    public static IOrderedQueryable<T> Order<T>(IQueryable<T> rows, IReadOnlyProperty column, bool descending, bool first)
    {
        var row = Expression.Parameter(typeof(T), "row");
        var method = (first, descending) switch
        {
            (true, false) => nameof(Queryable.OrderBy),
            (true, true) => nameof(Queryable.OrderByDescending),
            (false, false) => nameof(Queryable.ThenBy),
            _ => nameof(Queryable.ThenByDescending),
        };
        var call = Expression.Call(
            typeof(Queryable), method, [typeof(T), column.ClrType], rows.Expression, Expression.Quote(Expression.Lambda(Column(row, column), row)));
        return (IOrderedQueryable<T>)rows.Provider.CreateQuery<T>(call);
    }

    private static MethodCallExpression Column(ParameterExpression row, IReadOnlyProperty column) =>
        Expression.Call(typeof(EF), nameof(EF.Property), [column.ClrType], row, Expression.Constant(column.Name));
}
