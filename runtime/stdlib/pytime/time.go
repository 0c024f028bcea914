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

	"github.com/asobiba/asobiba/runtime/asyncio"
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
			secs, err := secondsArg(th, a[0], now)
			if err != nil {
				return nil, err
			}
			return structOf(secs, zone), nil
		})
	}
	modkit.Function(m, "mktime", "t, /", mktime)
	modkit.Function(m, "asctime", "t=, /", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		t := a[0]
		if t == nil {
			t = structOf(int64(math.Floor(now(th))), "UTC")
		}
		return callFormatter(th, "asctime", t)
	})
	modkit.Function(m, "ctime", "seconds=, /", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		secs, err := secondsArg(th, a[0], now)
		if err != nil {
			return nil, err
		}
		return callFormatter(th, "asctime", structOf(secs, "UTC"))
	})
	modkit.Function(m, "strftime", "format, t=, /", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		if _, err := modkit.StrArg("strftime", 1, a[0]); err != nil {
			return nil, err
		}
		t := a[1]
		if t == nil {
			t = structOf(int64(math.Floor(now(th))), "UTC")
		}
		if inst, ok := t.(*vm.Instance); ok && inst.Class.IsSubtype(StructTime.Type) {
			// The items as a plain tuple, and the zone and offset, are quicker to read.
			items := StructTime.Items(t)
			return callFormatter(th, "strftime", a[0], vm.Tuple(items[:9]), items[9], items[10])
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

// secondsArg converts the optional seconds argument of gmtime, localtime and ctime to whole
// seconds since the epoch.
func secondsArg(th *vm.Thread, v vm.Value, now func(*vm.Thread) float64) (int64, error) {
	if v == nil || v == vm.None {
		return int64(math.Floor(now(th))), nil
	}
	// CPython takes a float as it is and anything else through __index__.
	f, ok := v.(vm.Float)
	if !ok {
		n, err := modkit.Int64(th, v)
		if err != nil {
			return 0, err
		}
		f = vm.Float(n)
	}
	if math.IsNaN(float64(f)) {
		return 0, vm.Errorf(vm.ValueErrorType, "Invalid value NaN (not a number)")
	}
	if math.Abs(float64(f)) > 1e16 {
		return 0, vm.Errorf(vm.OverflowErrorType, "timestamp out of range for platform time_t")
	}
	// CPython rounds the timestamp towards negative infinity.
	return int64(math.Floor(float64(f))), nil
}

// structOf returns the struct_time of secs seconds since the epoch, whose tm_zone is zone.
func structOf(secs int64, zone vm.Str) vm.Value {
	days, rem := floorDiv(secs, 86400)
	y, mo, d := civil(days)
	return StructTime.New(
		vm.Int(y), vm.Int(mo), vm.Int(d), vm.Int(rem/3600), vm.Int(rem/60%60), vm.Int(rem%60),
		vm.Int((days%7+10)%7), vm.Int(days-daysFrom(y, 1, 1)+1), vm.Int(0),
		zone, vm.Int(0))
}

// mktime is time.mktime: the seconds since the epoch of a local (UTC) time tuple, whose
// fields out of range carry into the next larger ones as C's mktime does.
func mktime(th *vm.Thread, a []vm.Value) (vm.Value, error) {
	var items []vm.Value
	if inst, ok := a[0].(*vm.Instance); ok && inst.Class.IsSubtype(StructTime.Type) {
		items = StructTime.Items(a[0])[:9]
	} else if tup, ok := a[0].(vm.Tuple); ok {
		items = tup
	} else {
		return nil, vm.Errorf(vm.TypeErrorType, "Tuple or struct_time argument required")
	}
	if len(items) != 9 {
		return nil, vm.Errorf(vm.TypeErrorType, "mktime(): illegal time tuple argument")
	}
	var f [6]int64
	for i := range f {
		n, err := modkit.Int64(th, items[i])
		if err != nil {
			return nil, err
		}
		f[i] = n
	}
	days := daysFrom(f[0], f[1], 1) + f[2] - 1
	return vm.Float(float64(((days*24+f[3])*60+f[4])*60 + f[5])), nil
}

// floorDiv returns a divided by b rounded towards negative infinity, and the remainder,
// which has b's sign.
func floorDiv(a, b int64) (int64, int64) {
	q, r := a/b, a%b
	if r != 0 && (r < 0) != (b < 0) {
		q, r = q-1, r+b
	}
	return q, r
}

// daysFrom returns the days from 1970-01-01 to the proleptic Gregorian date
// year-month-day (negative before it); a month outside 1..12 carries into the year, and a
// day outside the month into the following or preceding months.
func daysFrom(year, month, day int64) int64 {
	carry, m := floorDiv(month-1, 12)
	year += carry
	// Count from 1 March of year 0, so that a leap day ends its year.
	if m < 2 {
		year--
		m += 12
	}
	era, yoe := floorDiv(year, 400)
	doy := (153*(m-2)+2)/5 + day - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// civil returns the proleptic Gregorian date of the day days after 1970-01-01.
func civil(days int64) (year, month, day int64) {
	era, doe := floorDiv(days+719468, 146097)
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	day = doy - (153*mp+2)/5 + 1
	month = mp + 3
	if month > 12 {
		month -= 12
	}
	year = era*400 + yoe
	if month <= 2 {
		year++
	}
	return year, month, day
}

// callFormatter calls the function name of the Python module _strftime with args. The module
// formats and parses times (strftime, strptime, asctime and ctime), which most programs never
// do, so it is imported on the first call rather than with time.
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
