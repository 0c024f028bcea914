package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/asobiba/asobiba/runtime/engine"
	"github.com/asobiba/asobiba/runtime/timeline"
)

// timelineHelp explains run's timeline flags in `asobiba help`.
const timelineHelp = `
  --timeline=FORMAT    record every task's life and draw it after the run:
                         text    a chart in the terminal, written to stderr after the
                                 program's output (or to --timeline-out)
                         json    the timeline document (runtime/timeline/schema.md)
                         chrome  a Chrome trace for ui.perfetto.dev or chrome://tracing
                         svg     a picture
                       json, chrome and svg need --timeline-out.
  --timeline-out=PATH  write the timeline to PATH; "-" means stdout, after the
                       program's own output.
`

// timelineFlags are run's --timeline and --timeline-out.
type timelineFlags struct {
	format, out string
}

// register adds the flags to fs.
func (f *timelineFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.format, "timeline", "", "record the timeline and write it as `FORMAT`: text, json, chrome or svg")
	fs.StringVar(&f.out, "timeline-out", "", "write the timeline to `PATH` (- for stdout)")
}

// check reports a usage error in the flags.
func (f *timelineFlags) check() error {
	switch f.format {
	case "":
		if f.out != "" {
			return fmt.Errorf("--timeline-out needs --timeline=text|json|chrome|svg")
		}
	case "text":
	case "json", "chrome", "svg":
		if f.out == "" {
			return fmt.Errorf("--timeline=%s needs --timeline-out=PATH (- for stdout)", f.format)
		}
	default:
		return fmt.Errorf("--timeline=%s: the formats are text, json, chrome and svg", f.format)
	}
	return nil
}

// on reports whether a timeline is wanted.
func (f *timelineFlags) on() bool { return f.format != "" }

// write renders the run's timeline in the chosen format to the chosen place: the file,
// stdout for "-", or stderr for text without --timeline-out. The JSON document is written
// straight from the run's records, a chunk at a time (so a failure can leave part of it
// written); the other formats draw the timeline first.
func (f *timelineFlags) write(res engine.Result, stdout, stderr io.Writer) error {
	if f.format == "json" {
		return f.put(res.WriteTimeline, stdout, stderr)
	}
	tl := res.Timeline()
	if tl == nil {
		return fmt.Errorf("the run recorded no timeline")
	}
	var b bytes.Buffer
	var err error
	switch f.format {
	case "text":
		err = timeline.WriteText(&b, tl, timeline.TextOptions{})
	case "chrome":
		err = timeline.WriteChrome(&b, tl)
	case "svg":
		err = timeline.WriteSVG(&b, tl, timeline.SVGOptions{})
	}
	if err != nil {
		return err
	}
	return f.put(func(w io.Writer) error { _, err := w.Write(b.Bytes()); return err }, stdout, stderr)
}

// put writes a rendered timeline to the chosen place with write.
func (f *timelineFlags) put(write func(io.Writer) error, stdout, stderr io.Writer) error {
	var err error
	switch f.out {
	case "":
		err = write(stderr)
	case "-":
		err = write(stdout)
	default:
		var file *os.File
		if file, err = os.Create(f.out); err == nil {
			err = write(file)
			if cerr := file.Close(); err == nil {
				err = cerr
			}
		}
	}
	return err
}
