namespace Plenary.Application.Recommendations.Similarity;

/// <summary>
/// TF-IDF vectors of a set of texts, each of unit length: weight = (1 + ln tf) × (1 + ln((1 + N) / (1 + df))),
/// the weighting of the scikit-learn baseline with sublinear tf. Texts with exactly the same terms
/// share one vector (a prototype) and are compared once: re-tabled and template-like texts repeat
/// a lot. Term ids are given in order of falling document frequency, so each vector lists its
/// commonest terms first (what <see cref="SimilarPairs"/> relies on).
/// </summary>
internal sealed class TermVectors
{
    public readonly record struct Vector(int[] Ids, float[] Weights);

    /// <summary>One vector per prototype.</summary>
    public required Vector[] Vectors { get; init; }

    /// <summary>For each text, the index of its prototype.</summary>
    public required int[] PrototypeOf { get; init; }

    /// <summary>For each prototype, how many texts it stands for.</summary>
    public required int[] Multiplicity { get; init; }

    /// <summary>For each term id, its largest weight in any text.</summary>
    public required float[] MaxWeight { get; init; }

    public int TermCount => MaxWeight.Length;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static TermVectors Build(IReadOnlyList<List<Term>> texts)
    {
        var n = texts.Count;
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        var prototypeOf = new int[n];
        var prototypes = new List<Dictionary<string, int>>();
        var multiplicity = new List<int>();
        var byTerms = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < n; i++)
        {
            var counts = new Dictionary<string, int>(texts[i].Count, StringComparer.Ordinal);
            foreach (var t in texts[i]) counts[t.Key] = counts.GetValueOrDefault(t.Key) + 1;
            foreach (var key in counts.Keys) df[key] = df.GetValueOrDefault(key) + 1;

            // A text without terms resembles nothing, not even another such text: it gets its own prototype.
            var signature = counts.Count == 0 ? null
                : string.Join('\u0001', counts.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Value == 1 ? kv.Key : kv.Key + '\u0002' + kv.Value));
            if (signature is not null && byTerms.TryGetValue(signature, out var p))
            {
                prototypeOf[i] = p;
                multiplicity[p]++;
                continue;
            }
            prototypeOf[i] = prototypes.Count;
            if (signature is not null) byTerms[signature] = prototypes.Count;
            prototypes.Add(counts);
            multiplicity.Add(1);
        }

        var ordered = df.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Key).ToArray();
        var ids = new Dictionary<string, int>(ordered.Length, StringComparer.Ordinal);
        var idf = new float[ordered.Length];
        for (var id = 0; id < ordered.Length; id++)
        {
            ids[ordered[id]] = id;
            idf[id] = (float)(1 + Math.Log((1.0 + n) / (1.0 + df[ordered[id]])));
        }

        var maxWeight = new float[ordered.Length];
        var vectors = new Vector[prototypes.Count];
        for (var p = 0; p < prototypes.Count; p++)
        {
            var termIds = new int[prototypes[p].Count];
            var weights = new float[prototypes[p].Count];
            var k = 0;
            foreach (var (key, tf) in prototypes[p])
            {
                termIds[k] = ids[key];
                weights[k] = (float)(1 + Math.Log(tf)) * idf[termIds[k]];
                k++;
            }
            Array.Sort(termIds, weights);
            var norm = 0.0;
            foreach (var w in weights) norm += w * w;
            norm = Math.Sqrt(norm);
            for (var j = 0; j < weights.Length; j++)
            {
                weights[j] = (float)(weights[j] / norm);
                if (weights[j] > maxWeight[termIds[j]]) maxWeight[termIds[j]] = weights[j];
            }
            vectors[p] = new Vector(termIds, weights);
        }
        return new TermVectors { Vectors = vectors, PrototypeOf = prototypeOf, Multiplicity = multiplicity.ToArray(), MaxWeight = maxWeight };
    }

    /// <summary>Cosine similarity of two prototypes (their dot product, the vectors being of unit length).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public double Dot(int a, int b)
    {
        var (x, y) = (Vectors[a], Vectors[b]);
        double sum = 0;
        int i = 0, j = 0;
        while (i < x.Ids.Length && j < y.Ids.Length)
        {
            var c = x.Ids[i].CompareTo(y.Ids[j]);
            if (c == 0) sum += x.Weights[i++] * y.Weights[j++];
            else if (c < 0) i++;
            else j++;
        }
        return Math.Min(sum, 1.0);
    }

    /// <summary>Cosine similarity of two texts: 1 for two texts of one prototype that has terms.</summary>
    public double TextSimilarity(int a, int b)
    {
        var (pa, pb) = (PrototypeOf[a], PrototypeOf[b]);
        return pa == pb ? (Vectors[pa].Ids.Length > 0 ? 1 : 0) : Dot(pa, pb);
    }
}

/// <summary>A pair of prototypes (<c>A &lt; B</c>) and their similarity.</summary>
internal readonly record struct SimilarPair(int A, int B, float Similarity);

/// <summary>
/// The pairs of prototypes whose similarity reaches a threshold, without comparing all pairs: each
/// vector is indexed only by its rarer terms, those after the prefix of common terms whose largest
/// possible contribution to any dot product stays below the threshold (prefix filtering, after
/// Bayardo, Ma and Srikant, "Scaling up all pairs similarity search", 2007). A pair that shares no
/// indexed term cannot reach the threshold; every candidate is then scored exactly. In a dense
/// corpus, each prototype keeps only its <c>neighbours</c> most similar partners (a pair stays when
/// either side keeps it): a proposal is read by a person, and a text near hundreds of others is
/// not a near-duplicate of each.
/// </summary>
internal static class SimilarPairs
{
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static List<SimilarPair> Find(TermVectors v, double threshold, int neighbours)
    {
        var n = v.Vectors.Length;
        var postings = new List<int>?[v.TermCount];
        var seen = new int[n]; // x + 1 once y is a candidate for x
        var touched = new List<int>();
        var nearest = new Nearest(n, neighbours);
        var dense = new float[v.TermCount]; // x's weights by term id, for scoring candidates without a merge
        for (var x = 0; x < n; x++)
        {
            var vx = v.Vectors[x];
            for (var k = 0; k < vx.Ids.Length; k++) dense[vx.Ids[k]] = vx.Weights[k];
            for (var k = 0; k < vx.Ids.Length; k++)
            {
                var list = postings[vx.Ids[k]];
                if (list is null) continue;
                foreach (var y in list)
                {
                    if (seen[y] == x + 1) continue;
                    seen[y] = x + 1;
                    touched.Add(y);
                }
            }
            foreach (var y in touched)
            {
                var vy = v.Vectors[y];
                var s = 0f;
                for (var k = 0; k < vy.Ids.Length; k++) s += dense[vy.Ids[k]] * vy.Weights[k];
                if (s < threshold) continue;
                s = Math.Min(s, 1f);
                nearest.Offer(x, y, s);
                nearest.Offer(y, x, s);
            }
            touched.Clear();
            for (var k = 0; k < vx.Ids.Length; k++) dense[vx.Ids[k]] = 0;

            // Index x by the terms after its unindexed prefix.
            var bound = 0.0;
            for (var k = 0; k < vx.Ids.Length; k++)
            {
                bound += vx.Weights[k] * v.MaxWeight[vx.Ids[k]];
                if (bound < threshold) continue;
                (postings[vx.Ids[k]] ??= []).Add(x);
            }
        }
        return nearest.Pairs();
    }

    /// <summary>For each prototype, its most similar partners so far, in a bounded min-heap.</summary>
    private sealed class Nearest(int n, int k)
    {
        private readonly int[] _partner = new int[n * k];
        private readonly float[] _similarity = new float[n * k];
        private readonly int[] _count = new int[n];

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
        public void Offer(int node, int partner, float s)
        {
            var at = node * k;
            var count = _count[node];
            if (count < k)
            {
                var i = count;
                _count[node] = count + 1;
                while (i > 0 && _similarity[at + (i - 1) / 2] > s)
                {
                    _similarity[at + i] = _similarity[at + (i - 1) / 2];
                    _partner[at + i] = _partner[at + (i - 1) / 2];
                    i = (i - 1) / 2;
                }
                _similarity[at + i] = s;
                _partner[at + i] = partner;
                return;
            }
            if (s <= _similarity[at]) return;
            var j = 0; // sift the new entry down from the root
            while (true)
            {
                var child = 2 * j + 1;
                if (child >= k) break;
                if (child + 1 < k && _similarity[at + child + 1] < _similarity[at + child]) child++;
                if (_similarity[at + child] >= s) break;
                _similarity[at + j] = _similarity[at + child];
                _partner[at + j] = _partner[at + child];
                j = child;
            }
            _similarity[at + j] = s;
            _partner[at + j] = partner;
        }

        /// <summary>Every pair kept by either side, once.</summary>
        public List<SimilarPair> Pairs()
        {
            var pairs = new List<SimilarPair>();
            var kept = new HashSet<long>();
            for (var node = 0; node < _count.Length; node++)
                for (var i = node * k; i < node * k + _count[node]; i++)
                {
                    var (a, b) = node < _partner[i] ? (node, _partner[i]) : (_partner[i], node);
                    if (kept.Add(((long)a << 32) | (uint)b)) pairs.Add(new SimilarPair(a, b, _similarity[i]));
                }
            return pairs;
        }
    }
}
