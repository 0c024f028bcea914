// Package bench measures Asobiba against CPython on the same programs, in the same run.
//
// Each program in programs/ is run by the asobiba binary and by the machine's python3 (under
// the oracle's virtual clock when ../shared/oracle is present, so that programs which sleep
// are compared on virtual time, as Asobiba runs them). Wall time is the best of several runs;
// peak memory is the child's maximum resident set size. Both interpreters must print the same
// output, or the row is marked as a mismatch: a fast wrong answer is not a result.
package bench

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"syscall"
	"time"
)

// Row is one program's measurements.
type Row struct {
	Program           string
	CPython, Asobiba  time.Duration // best wall time
	CPythonKB, AsoKB  int64         // peak resident set size
	SameOutput        bool
	AsobibaFailed     string // the error output when asobiba failed
	CPythonVirtualRun bool   // CPython ran under the oracle's virtual clock
}

// Ratio is Asobiba's time divided by CPython's.
func (r Row) Ratio() float64 { return float64(r.Asobiba) / float64(r.CPython) }

// Config says what to run.
type Config struct {
	Asobiba   string // path of the asobiba binary
	Python    string // python3
	OracleDir string // ../shared/oracle, or "" to run CPython on real time
	Repeat    int
}

// Programs lists the benchmark programs in dir.
func Programs(dir string) ([]string, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.py"))
	sort.Strings(files)
	return files, err
}

// Measure runs one program with both interpreters.
func Measure(cfg Config, program string) Row {
	// Only programs that read or wait on the clock need the oracle's virtual time; the others
	// run on plain CPython, so that the oracle's own start-up (it imports asyncio, threading
	// and more) is not counted against CPython.
	src, _ := os.ReadFile(program)
	virtual := cfg.OracleDir != "" && (bytes.Contains(src, []byte("import asyncio")) || bytes.Contains(src, []byte("import time")))
	row := Row{Program: filepath.Base(program), CPythonVirtualRun: virtual}
	var env []string
	if virtual {
		env = append(os.Environ(), "PYTHONPATH="+cfg.OracleDir, "PYTHONHASHSEED=0")
	}
	pyOut, pyTime, pyKB, _ := best(cfg.Repeat, env, cfg.Python, program)
	asoOut, asoTime, asoKB, asoErr := best(cfg.Repeat, nil, cfg.Asobiba, "run", program)
	row.CPython, row.CPythonKB = pyTime, pyKB
	row.Asobiba, row.AsoKB = asoTime, asoKB
	row.SameOutput = bytes.Equal(pyOut, asoOut) && asoErr == ""
	row.AsobibaFailed = asoErr
	return row
}

// best runs a command repeat times and keeps the fastest run's figures.
func best(repeat int, env []string, name string, args ...string) (out []byte, wall time.Duration, maxKB int64, failure string) {
	for i := 0; i < max(1, repeat); i++ {
		cmd := exec.Command(name, args...)
		cmd.Env = env
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		start := time.Now()
		err := cmd.Run()
		d := time.Since(start)
		if err != nil {
			return stdout.Bytes(), d, 0, fmt.Sprintf("%v: %s", err, lastLines(stderr.String(), 3))
		}
		kb := int64(0)
		if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
			kb = ru.Maxrss
		}
		if i == 0 || d < wall {
			wall, out = d, stdout.Bytes()
		}
		maxKB = max(maxKB, kb)
	}
	return out, wall, maxKB, ""
}

func lastLines(s string, n int) string {
	lines := bytes.Split(bytes.TrimSpace([]byte(s)), []byte("\n"))
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return string(bytes.Join(lines, []byte(" | ")))
}

// WriteTable prints the rows as a Markdown table.
func WriteTable(w io.Writer, rows []Row) {
	fmt.Fprintln(w, "| program | CPython 3.11 | Asobiba | ratio | CPython peak | Asobiba peak | same output |")
	// A † marks CPython runs under the oracle's virtual clock (programs that sleep).
	fmt.Fprintln(w, "|---|---:|---:|---:|---:|---:|---|")
	for _, r := range rows {
		same := "yes"
		if !r.SameOutput {
			same = "NO"
			if r.AsobibaFailed != "" {
				same = "NO: " + r.AsobibaFailed
			}
		}
		name := r.Program
		if r.CPythonVirtualRun {
			name += " †"
		}
		fmt.Fprintf(w, "| %s | %.0f ms | %.0f ms | %.2f× | %.1f MB | %.1f MB | %s |\n", name,
			ms(r.CPython), ms(r.Asobiba), r.Ratio(), float64(r.CPythonKB)/1024, float64(r.AsoKB)/1024, same)
	}
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
