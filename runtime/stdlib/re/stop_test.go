package re_test

import (
	"strings"
	"testing"
	"time"

	"github.com/asobiba/asobiba/runtime/engine"
)

// run runs a program and returns its stdout and result.
func run(t *testing.T, src string, opts engine.Options) (string, engine.Result) {
	t.Helper()
	var out strings.Builder
	opts.Filename = "main.py"
	res := engine.Run([]byte(src), opts, func(e engine.Event) {
		if e.Kind == "stdout" {
			out.WriteString(e.Data)
		}
	})
	return out.String(), res
}

// A catastrophic pattern (exponential backtracking) is stopped by the step budget, and no
// except clause sees the stop.
const catastrophic = `import re
try:
    re.match(r"(a*)*b", "a" * 30)
except BaseException:
    print("caught")
print("finished")
`

func TestCatastrophicPatternStopsOnBudget(t *testing.T) {
	start := time.Now()
	out, res := run(t, catastrophic, engine.Options{StepBudget: 2_000_000})
	if !res.Stopped || out != "" {
		t.Fatalf("stopped %v, stdout %q", res.Stopped, out)
	}
	if d := time.Since(start); d > 20*time.Second {
		t.Errorf("stopping took %v", d)
	}
}

func TestCatastrophicPatternStopsOnCancel(t *testing.T) {
	polls := 0
	for _, f := range []string{"match", "findall", "sub", "split"} {
		src := strings.Replace(catastrophic, `re.match(r"(a*)*b", "a" * 30)`, `re.`+f+`(r"(a*)*b", "a" * 30)`, 1)
		if f == "sub" {
			src = strings.Replace(src, `re.sub(r"(a*)*b", `, `re.sub(r"(a*)*b", "x", `, 1)
		}
		out, res := run(t, src, engine.Options{Cancel: func() bool { polls++; return polls%50 == 0 }})
		if !res.Stopped || out != "" {
			t.Errorf("%s: stopped %v, stdout %q", f, res.Stopped, out)
		}
	}
}

// Ordinary matching is not disturbed by the checks.
func TestMatchingWithinBudget(t *testing.T) {
	out, res := run(t, "import re\nprint(re.findall(r'(?<=\\$)\\d+', '$40 and $3' * 1000)[-2:])\n",
		engine.Options{StepBudget: 1_000_000})
	if res.Stopped || out != "['40', '3']\n" {
		t.Fatalf("stopped %v, stdout %q", res.Stopped, out)
	}
}
