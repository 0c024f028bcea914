// Package pytime implements Python's time module on Asobiba's virtual clock.
//
// Nothing here reads the host's real time: every clock function returns the reading of
// Interp.Clock, and time.sleep advances it. The virtual clock starts at 0.0, and that reading
// is taken as the Unix epoch, 1970-01-01 00:00:00 UTC, so time.time() is 0.0 at the start of
// every run, exactly as in the CPython oracle that produces the expected outputs. The local
// time zone is UTC (timezone == 0, tzname == ('UTC', 'UTC'), no daylight saving), so
// localtime and gmtime agree and every run prints the same dates on every machine.
//
// time, monotonic, perf_counter, process_time and thread_time all read the same clock.
// The package is named pytime so that it does not shadow Go's time.
package pytime

import (
	"math"
	gotime "time"

	"github.com/asobiba/asobiba/runtime/asyncio"
	"github.com/asobiba/asobiba/runtime/internal/msgfmt"
	"github.com/asobiba/asobiba/runtime/stdlib/internal/modkit"
	"github.com/asobiba/asobiba/runtime/vm"
)

// StructTime is the time.struct_time class.
var StructTime = modkit.NewStructSeq("time", "struct_time", []string{
	"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday",
	"tm_isdst", "tm_zone", "tm_gmtoff",
}, 9)

// Load builds the time module.
func Load(th *vm.Thread) (*vm.Module, error) {
	m := modkit.NewModule("time", "This module provides various functions to manipulate time values.")
	now := func(th *vm.Thread) float64 {
		if c := th.Interp.Clock; c != nil {
			return c.Now()
		}
		return 0
	}
	for _, name := range []string{"time", "monotonic", "perf_counter", "process_time", "thread_time"} {
		modkit.Function(m, name, "", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
			return vm.Float(now(th)), nil
		})
		modkit.Function(m, name+"_ns", "", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
			return vm.Int(int64(math.Round(now(th) * 1e9))), nil
		})
	}
	modkit.Function(m, "sleep", "secs, /", sleep)
	modkit.Set(m, "struct_time", StructTime.Type)
	modkit.Set(m, "timezone", vm.Int(0))
	modkit.Set(m, "altzone", vm.Int(0))
	modkit.Set(m, "daylight", vm.Int(0))
	modkit.Set(m, "tzname", vm.Tuple{vm.Str("UTC"), vm.Str("UTC")})
	for _, name := range []string{"gmtime", "localtime"} {
		// CPython's gmtime names its zone GMT, as C's gmtime does; localtime names UTC.
		zone := vm.Str("GMT")
		if name == "localtime" {
			zone = "UTC"
		}
		modkit.Function(m, name, "seconds=, /", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
			t, err := secondsArg(th, a[0], now)
			if err != nil {
				return nil, err
			}
			return structOf(t, zone), nil
		})
	}
	modkit.Function(m, "mktime", "t, /", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		t, err := timeOf(th, "mktime", a[0])
		if err != nil {
			return nil, err
		}
		return vm.Float(float64(t.Unix())), nil
	})
	modkit.Function(m, "asctime", "t=, /", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		var t gotime.Time
		var err error
		if a[0] == nil {
			t = toTime(now(th))
		} else if t, err = timeOf(th, "asctime", a[0]); err != nil {
			return nil, err
		}
		return vm.Str(asctime(t)), nil
	})
	modkit.Function(m, "ctime", "seconds=, /", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		t, err := secondsArg(th, a[0], now)
		if err != nil {
			return nil, err
		}
		return vm.Str(asctime(t)), nil
	})
	modkit.Function(m, "strftime", "format, t=, /", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		if _, err := modkit.StrArg("strftime", 1, a[0]); err != nil {
			return nil, err
		}
		t := a[1]
		if t == nil {
			t = structOf(toTime(now(th)), "UTC")
		}
		return callFormatter(th, "strftime", a[0], t)
	})
	modkit.Function(m, "strptime", "string, format=, /", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		if a[1] == nil {
			return callFormatter(th, "strptime", a[0])
		}
		return callFormatter(th, "strptime", a[0], a[1])
	})
	return m, nil
}

// sleep advances the virtual clock by secs. It first tells a recording timeline what the
// blocking call is (asyncio.AnnounceBlocking), so that the clock's move is drawn as a
// blocking span labelled "time.sleep(2)".
func sleep(th *vm.Thread, a []vm.Value) (vm.Value, error) {
	var secs float64
	switch x := a[0].(type) {
	case vm.Float:
		secs = float64(x)
	default:
		if !modkit.IsInt(x) && vm.LookupSpecial(x, "__float__") == nil {
			return nil, vm.Errorf(vm.TypeErrorType, "'%s' object cannot be interpreted as an integer", x.Type().Name)
		}
		f, err := modkit.Float(th, x)
		if err != nil {
			return nil, err
		}
		secs = f
	}
	if math.IsNaN(secs) {
		return nil, vm.Errorf(vm.ValueErrorType, "Invalid value NaN (not a number)")
	}
	if secs < 0 {
		return nil, vm.Errorf(vm.ValueErrorType, "sleep length must be non-negative")
	}
	if c := th.Interp.Clock; c != nil {
		asyncio.AnnounceBlocking(th, "time.sleep", a[0])
		if s, ok := th.Interp.Ext[SleeperKey{}].(Sleeper); ok {
			// Threads exist: the scheduler moves the clock (sleeper.go).
			if err := s.Sleep(th, secs); err != nil {
				return nil, err
			}
		} else {
			c.Advance(secs)
		}
	}
	return vm.None, nil
}

// toTime converts a virtual-clock reading (seconds since the epoch) to a UTC time.
func toTime(secs float64) gotime.Time {
	whole := math.Floor(secs)
	return gotime.Unix(int64(whole), int64((secs-whole)*1e9)).UTC()
}

// secondsArg converts the optional seconds argument of gmtime, localtime and ctime.
func secondsArg(th *vm.Thread, v vm.Value, now func(*vm.Thread) float64) (gotime.Time, error) {
	if v == nil || v == vm.None {
		return toTime(now(th)), nil
	}
	f, err := modkit.Float(th, v)
	if err != nil {
		return gotime.Time{}, err
	}
	if math.IsNaN(f) {
		return gotime.Time{}, vm.Errorf(vm.ValueErrorType, "Invalid value NaN (not a number)")
	}
	if math.Abs(f) > 1e16 {
		return gotime.Time{}, vm.Errorf(vm.OverflowErrorType, "timestamp out of range for platform time_t")
	}
	// CPython rounds the timestamp towards negative infinity.
	return gotime.Unix(int64(math.Floor(f)), 0).UTC(), nil
}

// structOf returns the struct_time of t, whose tm_zone is zone.
func structOf(t gotime.Time, zone vm.Str) vm.Value {
	return StructTime.New(
		vm.Int(t.Year()), vm.Int(int(t.Month())), vm.Int(t.Day()),
		vm.Int(t.Hour()), vm.Int(t.Minute()), vm.Int(t.Second()),
		vm.Int((int(t.Weekday())+6)%7), vm.Int(t.YearDay()), vm.Int(0),
		zone, vm.Int(0))
}

// timeOf converts a struct_time or 9-tuple to a time.
func timeOf(th *vm.Thread, fname string, v vm.Value) (gotime.Time, error) {
	var items []vm.Value
	if inst, ok := v.(*vm.Instance); ok && inst.Class.IsSubtype(StructTime.Type) {
		items = StructTime.Items(v)[:9]
	} else if tup, ok := v.(vm.Tuple); ok {
		items = tup
	} else {
		return gotime.Time{}, vm.Errorf(vm.TypeErrorType, "Tuple or struct_time argument required")
	}
	if len(items) != 9 {
		return gotime.Time{}, vm.Errorf(vm.TypeErrorType, "%s(): illegal time tuple argument", fname)
	}
	var f [9]int64
	for i := range f {
		n, err := modkit.Int64(th, items[i])
		if err != nil {
			return gotime.Time{}, err
		}
		f[i] = n
	}
	if fname != "mktime" {
		switch {
		case f[1] < 0 || f[1] > 12:
			return gotime.Time{}, vm.Errorf(vm.ValueErrorType, "month out of range")
		case f[2] < 0 || f[2] > 31:
			return gotime.Time{}, vm.Errorf(vm.ValueErrorType, "day of month out of range")
		case f[3] < 0 || f[3] > 23:
			return gotime.Time{}, vm.Errorf(vm.ValueErrorType, "hour out of range")
		case f[4] < 0 || f[4] > 59:
			return gotime.Time{}, vm.Errorf(vm.ValueErrorType, "minute out of range")
		case f[5] < 0 || f[5] > 61:
			return gotime.Time{}, vm.Errorf(vm.ValueErrorType, "seconds out of range")
		}
		f[1] = max(f[1], 1)
		f[2] = max(f[2], 1)
	}
	return gotime.Date(int(f[0]), gotime.Month(f[1]), int(f[2]), int(f[3]), int(f[4]), int(f[5]), 0, gotime.UTC), nil
}

// callFormatter calls the function name of the Python module _strftime with args. The module
// formats and parses times (strftime and strptime), which most programs never do, so it is
// imported on the first call rather than with time.
func callFormatter(th *vm.Thread, name string, args ...vm.Value) (vm.Value, error) {
	m, err := th.ImportModule("_strftime")
	if err != nil {
		return nil, err
	}
	f, err := vm.GetAttr(th, m, name)
	if err != nil {
		return nil, err
	}
	return vm.Call(th, f, args, nil)
}

// asctime formats t as C's asctime does: "Thu Jan  1 00:00:00 1970".
func asctime(t gotime.Time) string {
	return t.Weekday().String()[:3] + " " + t.Month().String()[:3] + " " +
		msgfmt.Sprintf("%2d %02d:%02d:%02d %d", t.Day(), t.Hour(), t.Minute(), t.Second(), t.Year())
}
