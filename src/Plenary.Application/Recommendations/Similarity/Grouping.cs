namespace Plenary.Application.Recommendations.Similarity;

/// <summary>
/// How similar pairs of prototypes become groups (each prototype in exactly one group, singletons
/// included). A prototype stands for one or more texts with the same terms, which always share a group.
/// </summary>
internal static class Grouping
{
    /// <summary>Texts linked by any chain of pairs at or above the threshold end in one group.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static List<List<int>> ConnectedComponents(int n, List<SimilarPair> pairs, double threshold)
    {
        var parent = Enumerable.Range(0, n).ToArray();
        int Root(int i)
        {
            while (parent[i] != i) i = parent[i] = parent[parent[i]];
            return i;
        }
        foreach (var p in pairs)
            if (p.Similarity >= threshold) parent[Root(p.A)] = Root(p.B);
        return Enumerable.Range(0, n).GroupBy(Root).Select(g => g.ToList()).ToList();
    }

    /// <summary>
    /// Agglomerative clustering with average linkage: starting from single texts, the two groups
    /// with the highest mean similarity over all their cross pairs are merged, while that mean is at
    /// least the threshold. A pair absent from <paramref name="pairs"/> counts as 0, so one strong
    /// link cannot pull a text into a group whose other members it does not resemble. Sizes and
    /// sums count texts, so the result is the one over the texts themselves.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static List<List<int>> AverageLinkage(int[] multiplicity, List<SimilarPair> pairs, double threshold)
    {
        var n = multiplicity.Length;
        var members = new List<int>?[n];
        var size = new long[n];
        var links = new Dictionary<int, double>?[n]; // cluster → (other cluster → sum of similarities over text pairs)
        var best = new (int Partner, double Mean)[n];
        var stamp = new int[n];
        var queue = new PriorityQueue<(int Cluster, int Stamp), double>();
        for (var i = 0; i < n; i++)
        {
            members[i] = [i];
            size[i] = multiplicity[i];
        }
        foreach (var p in pairs)
        {
            var sum = (double)size[p.A] * size[p.B] * p.Similarity;
            (links[p.A] ??= [])[p.B] = sum;
            (links[p.B] ??= [])[p.A] = sum;
        }

        // Each cluster's most similar partner. Merging two clusters never raises a third one's mean
        // to them above the larger of its two means before, so only the clusters whose best partner
        // was merged need to look again.
        void FindBest(int c)
        {
            best[c] = (-1, 0);
            if (links[c] is null) return;
            foreach (var (other, sum) in links[c]!)
            {
                var mean = sum / ((double)size[c] * size[other]);
                if (mean > best[c].Mean || (mean == best[c].Mean && other < best[c].Partner)) best[c] = (other, mean);
            }
            stamp[c]++;
            if (best[c].Mean >= threshold) queue.Enqueue((c, stamp[c]), -best[c].Mean);
        }
        for (var i = 0; i < n; i++) FindBest(i);

        while (queue.TryDequeue(out var e, out _))
        {
            if (members[e.Cluster] is null || stamp[e.Cluster] != e.Stamp) continue;
            var (a, b) = (e.Cluster, best[e.Cluster].Partner);

            // Keep the cluster with more links; fold the other into it.
            var (keep, fold) = links[a]!.Count >= links[b]!.Count ? (a, b) : (b, a);
            members[keep]!.AddRange(members[fold]!);
            members[fold] = null;
            size[keep] += size[fold];
            var kept = links[keep]!;
            kept.Remove(fold);
            foreach (var (other, sum) in links[fold]!)
            {
                if (other == keep) continue;
                var otherLinks = links[other]!;
                otherLinks.Remove(fold);
                var total = kept.GetValueOrDefault(other) + sum;
                kept[other] = total;
                otherLinks[keep] = total;
            }
            links[fold] = null;
            stamp[fold]++;
            FindBest(keep);
            foreach (var other in kept.Keys)
                if (best[other].Partner == keep || best[other].Partner == fold) FindBest(other);
        }
        return members.Where(m => m is not null).Select(m => m!).ToList();
    }
}
