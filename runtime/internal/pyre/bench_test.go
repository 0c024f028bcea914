package pyre

import (
	"strings"
	"testing"
)

// benchText is a few kilobytes of mixed prose, numbers, addresses and markup.
var benchText = strings.Repeat("Contact alice@example.com or bob@test.org on 2024-03-15. "+
	"Price: $12.50, qty 3. <b>Bold</b> and <i>italic</i> text; こんにちは 世界 42.\n", 40)

var benchPatterns = []struct{ name, pattern string }{
	{"word", `\w+`},
	{"email", `[\w.]+@\w+\.(?:com|org)`},
	{"date", `(\d{4})-(\d\d)-(\d\d)`},
	{"tag", `<(\w+)>.*?</\w+>`},
	{"literal", `italic`},
	{"ignorecase", `(?i)PRICE`},
	{"anchored-lines", `(?m)^\w+`},
	{"dotstar", `Price:.*qty`},
}

// BenchmarkFinditer counts the matches of typical patterns over benchText.
func BenchmarkFinditer(b *testing.B) {
	for _, bp := range benchPatterns {
		re := MustCompile(bp.pattern, 0)
		b.Run(bp.name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				it := re.Iter(benchText, 0, len(benchText))
				n := 0
				for m := it.Next(); m != nil; m = it.Next() {
					n++
				}
				if n == 0 {
					b.Fatal("no match")
				}
			}
		})
	}
}

// BenchmarkSearchShort is one search on a short subject, as most learner programs do.
func BenchmarkSearchShort(b *testing.B) {
	re := MustCompile(`(?P<key>\w+)=(?P<value>\d+)`, 0)
	for i := 0; i < b.N; i++ {
		if re.Search("width=640;height=480", 0, 100) == nil {
			b.Fatal("no match")
		}
	}
}
