namespace DigestGraph.Concurrency;

/// <summary>Parallel mapping for stages that stream into each other and must keep their input's order.</summary>
internal static class OrderedParallel
{
    /// <summary>
    /// Maps <paramref name="source"/> on the thread pool, at most <paramref name="lookahead"/> items ahead of the consumer,
    /// and yields the results in input order. The source is enumerated on the consumer's thread, so its exceptions
    /// arrive in order; a consumer that stops early waits for the items in flight.
    /// </summary>
    public static IEnumerable<TResult> SelectAhead<TSource, TResult>(this IEnumerable<TSource> source,
        Func<TSource, TResult> map, int lookahead, CancellationToken ct = default)
    {
        var pending = new Queue<Task<TResult>>();
        try
        {
            foreach (var item in source)
            {
                ct.ThrowIfCancellationRequested();
                pending.Enqueue(Task.Run(() => map(item), ct));
                if (pending.Count > lookahead) yield return TakeFirst(pending, ct);
            }
            while (pending.Count > 0) yield return TakeFirst(pending, ct);
        }
        finally
        {
            // Results nobody will take: waiting only keeps their work (and its failures) from outliving the consumer.
            try { Task.WaitAll(pending); }
            catch (AggregateException) { }
        }
    }

    private static TResult TakeFirst<TResult>(Queue<Task<TResult>> pending, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        return pending.Dequeue().GetAwaiter().GetResult();
    }
}
