namespace Plenary.Application.Recommendations.Similarity;

/// <summary>
/// The Porter stemming algorithm (M. F. Porter, "An algorithm for suffix stripping", 1980), for
/// lower-case English words: "harmonization", "harmonize" and "harmonized" all become "harmon".
/// Words of one or two letters and words with characters other than a–z are returned unchanged.
/// </summary>
public static class PorterStemmer
{
    public static string Stem(string word)
    {
        if (word.Length <= 2) return word;
        foreach (var c in word)
            if (c is < 'a' or > 'z') return word;
        var w = new Word(word);
        w.Step1A();
        w.Step1B();
        w.Step1C();
        w.Step2();
        w.Step3();
        w.Step4();
        w.Step5();
        return w.ToString();
    }

    private sealed class Word(string word)
    {
        private readonly char[] _b = word.ToCharArray();
        private int _k = word.Length; // length of the current word

        public override string ToString() => new(_b, 0, _k);

        private bool IsConsonant(int i) => _b[i] switch
        {
            'a' or 'e' or 'i' or 'o' or 'u' => false,
            'y' => i == 0 || !IsConsonant(i - 1),
            _ => true,
        };

        /// <summary>The measure m of the first <paramref name="length"/> letters: the number of VC sequences.</summary>
        private int Measure(int length)
        {
            var m = 0;
            var i = 0;
            while (i < length && IsConsonant(i)) i++;
            while (i < length)
            {
                while (i < length && !IsConsonant(i)) i++;
                if (i >= length) break;
                while (i < length && IsConsonant(i)) i++;
                m++;
            }
            return m;
        }

        private bool HasVowel(int length)
        {
            for (var i = 0; i < length; i++)
                if (!IsConsonant(i)) return true;
            return false;
        }

        private bool EndsWithDoubleConsonant(int length) =>
            length >= 2 && _b[length - 1] == _b[length - 2] && IsConsonant(length - 1);

        /// <summary>*o: the stem ends consonant-vowel-consonant, the last not w, x or y.</summary>
        private bool EndsCvc(int length) =>
            length >= 3 && IsConsonant(length - 1) && !IsConsonant(length - 2) && IsConsonant(length - 3)
            && _b[length - 1] is not ('w' or 'x' or 'y');

        private bool EndsWith(string suffix)
        {
            if (suffix.Length > _k) return false;
            for (int i = 0, j = _k - suffix.Length; i < suffix.Length; i++, j++)
                if (_b[j] != suffix[i]) return false;
            return true;
        }

        private void Replace(int stemLength, string with)
        {
            with.CopyTo(0, _b, stemLength, with.Length);
            _k = stemLength + with.Length;
        }

        public void Step1A()
        {
            if (EndsWith("sses")) _k -= 2;
            else if (EndsWith("ies")) _k -= 2;
            else if (EndsWith("ss")) { }
            else if (EndsWith("s")) _k -= 1;
        }

        public void Step1B()
        {
            if (EndsWith("eed"))
            {
                if (Measure(_k - 3) > 0) _k -= 1;
                return;
            }
            int stem;
            if (EndsWith("ed") && HasVowel(_k - 2)) stem = _k - 2;
            else if (EndsWith("ing") && HasVowel(_k - 3)) stem = _k - 3;
            else return;
            _k = stem;
            if (EndsWith("at") || EndsWith("bl") || EndsWith("iz")) Replace(_k, "e");
            else if (EndsWithDoubleConsonant(_k) && _b[_k - 1] is not ('l' or 's' or 'z')) _k -= 1;
            else if (Measure(_k) == 1 && EndsCvc(_k)) Replace(_k, "e");
        }

        public void Step1C()
        {
            if (EndsWith("y") && HasVowel(_k - 1)) _b[_k - 1] = 'i';
        }

        private static readonly (string Suffix, string With)[] Step2Rules =
        [
            ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"), ("bli", "ble"),
            ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"), ("ization", "ize"), ("ation", "ate"),
            ("ator", "ate"), ("alism", "al"), ("iveness", "ive"), ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"),
            ("iviti", "ive"), ("biliti", "ble"), ("logi", "log"),
        ];

        private static readonly (string Suffix, string With)[] Step3Rules =
        [
            ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", ""), ("ness", ""),
        ];

        private static readonly string[] Step4Suffixes =
        [
            "ement", "ance", "ence", "able", "ible", "ment", "ant", "ent", "ion", "ism", "ate", "iti", "ous", "ive", "ize",
            "al", "er", "ic", "ou",
        ];

        /// <summary>Applies the longest matching rule only, when the remaining stem has a measure above zero.</summary>
        private void ApplyLongest((string Suffix, string With)[] rules)
        {
            (string Suffix, string With)? best = null;
            foreach (var rule in rules)
                if (EndsWith(rule.Suffix) && (best is null || rule.Suffix.Length > best.Value.Suffix.Length)) best = rule;
            if (best is { } r && Measure(_k - r.Suffix.Length) > 0) Replace(_k - r.Suffix.Length, r.With);
        }

        public void Step2() => ApplyLongest(Step2Rules);

        public void Step3() => ApplyLongest(Step3Rules);

        public void Step4()
        {
            string? best = null;
            foreach (var s in Step4Suffixes)
                if (EndsWith(s) && (best is null || s.Length > best.Length)) best = s;
            if (best is null) return;
            var stem = _k - best.Length;
            if (Measure(stem) <= 1) return;
            if (best == "ion" && (stem == 0 || _b[stem - 1] is not ('s' or 't'))) return;
            _k = stem;
        }

        public void Step5()
        {
            if (EndsWith("e"))
            {
                var m = Measure(_k - 1);
                if (m > 1 || (m == 1 && !EndsCvc(_k - 1))) _k -= 1;
            }
            if (_b[_k - 1] == 'l' && EndsWithDoubleConsonant(_k) && Measure(_k) > 1) _k -= 1;
        }
    }
}
