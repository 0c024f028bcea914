// Command compare runs Asobiba's benchmark programs with asobiba and with CPython and prints
// the table of time and memory ratios (make bench).
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"

	"github.com/asobiba/asobiba/runtime/bench"
)

func main() {
	cfg := bench.Config{}
	flag.StringVar(&cfg.Asobiba, "asobiba", "bin/asobiba", "the asobiba binary")
	flag.StringVar(&cfg.Python, "python", "python3", "the CPython to compare with")
	flag.StringVar(&cfg.OracleDir, "oracle", "../shared/oracle", "the oracle's folder (virtual clock for CPython); empty for real time")
	flag.IntVar(&cfg.Repeat, "repeat", 3, "runs per program; the best is kept")
	dir := flag.String("programs", "runtime/bench/programs", "the folder of benchmark programs")
	run := flag.String("run", "", "run only the programs whose file name matches this regular expression")
	flag.Parse()
	filter, err := regexp.Compile(*run)
	if err != nil {
		fmt.Fprintln(os.Stderr, "compare: -run:", err)
		os.Exit(2)
	}
	if _, err := os.Stat(cfg.OracleDir); err != nil {
		cfg.OracleDir = ""
	}
	all, err := bench.Programs(*dir)
	var programs []string
	for _, p := range all {
		if filter.MatchString(filepath.Base(p)) {
			programs = append(programs, p)
		}
	}
	if err != nil || len(programs) == 0 {
		fmt.Fprintln(os.Stderr, "compare: no benchmark programs in", *dir)
		os.Exit(2)
	}
	var rows []bench.Row
	for _, p := range programs {
		rows = append(rows, bench.Measure(cfg, p))
	}
	bench.WriteTable(os.Stdout, rows)
}
