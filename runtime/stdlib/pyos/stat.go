package pyos

import (
	"math"

	"github.com/asobiba/asobiba/runtime/stdlib/internal/modkit"
	"github.com/asobiba/asobiba/runtime/stdlib/vfs"
	"github.com/asobiba/asobiba/runtime/vm"
)

// StatResult is os.stat_result. As in CPython, items 7 to 9 of the tuple are the times as
// whole seconds while the attributes st_atime, st_mtime and st_ctime are floats: the
// attribute names repeat, and a struct sequence's attribute lookup takes the last field of a
// name.
var StatResult = func() *modkit.StructSeq {
	s := modkit.NewStructSeq("os", "stat_result", []string{
		"st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
		"st_atime", "st_mtime", "st_ctime",
		"st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns",
		"st_blksize", "st_blocks", "st_rdev",
	}, 10)
	s.Type.Dict.SetStr("n_unnamed_fields", vm.Int(3))
	match := vm.Tuple{}
	for _, f := range s.Fields[:7] {
		match = append(match, vm.Str(f))
	}
	s.Type.Dict.SetStr("__match_args__", match)
	return s
}()

// The file type bits of st_mode, and the permissions every file and folder shows (those of
// a umask of 022).
const (
	modeDir  = 0o040000 | 0o755
	modeFile = 0o100000 | 0o644
	stDev    = 2049
	uid      = 1000
)

// statValue builds the stat_result of info.
func statValue(info vfs.Info) vm.Value {
	mode := modeFile
	if info.Dir {
		mode = modeDir
	}
	ns := func(t float64) vm.Value { return vm.Int(int64(math.Round(t * 1e9))) }
	sec := func(t float64) vm.Value { return vm.Int(int64(math.Floor(t))) }
	return StatResult.New(
		vm.Int(int64(mode)), vm.Int(int64(info.Ino)), vm.Int(stDev), vm.Int(int64(info.Nlink)),
		vm.Int(uid), vm.Int(uid), vm.Int(int64(info.Size)),
		sec(info.Atime), sec(info.Mtime), sec(info.Ctime),
		vm.Float(info.Atime), vm.Float(info.Mtime), vm.Float(info.Ctime),
		ns(info.Atime), ns(info.Mtime), ns(info.Ctime),
		vm.Int(4096), vm.Int(int64((info.Size+4095)/4096*8)), vm.Int(0),
	)
}

// statOf runs os.stat on a path argument, raising the OSError of a missing path.
func statOf(th *vm.Thread, fname string, v vm.Value) (vfs.Info, error) {
	p, err := fspath(th, v)
	if err != nil {
		kinds := "string, bytes, os.PathLike or integer" // stat also takes a file descriptor
		if fname == "lstat" {
			kinds = "string, bytes or os.PathLike"
		}
		return vfs.Info{}, vm.Errorf(vm.TypeErrorType, "%s: path should be %s, not %s", fname, kinds, v.Type().Name)
	}
	if p.s == "" { // the file system would take it for the working directory
		return vfs.Info{}, (&vfs.Error{Errno: vfs.ENOENT, Path: p.s}).Raise(th, v)
	}
	info, e := vfs.Of(th.Interp).Stat(p.s)
	if e != nil {
		return vfs.Info{}, e.Raise(th, v)
	}
	return info, nil
}

// loadStat adds os.stat, os.lstat, os.utime and os.access.
func loadStat(m *vm.Module) {
	modkit.Set(m, "stat_result", StatResult.Type)
	for _, name := range []string{"stat", "lstat"} {
		modkit.Function(m, name, "path, *, dir_fd=, follow_symlinks=", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
			info, err := statOf(th, name, a[0])
			if err != nil {
				return nil, err
			}
			return statValue(info), nil
		})
	}
	modkit.Function(m, "utime", "path, times=, *, ns=, dir_fd=, follow_symlinks=", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		p, err := fspath(th, a[0])
		if err != nil {
			return nil, vm.Errorf(vm.TypeErrorType, "utime: path should be string, bytes, os.PathLike or integer, not %s", a[0].Type().Name)
		}
		fs := vfs.Of(th.Interp)
		atime, mtime := fs.Now(), fs.Now()
		times, nsArg := modkit.Or(a[1], vm.None), modkit.Or(a[2], vm.None)
		if times != vm.None && nsArg != vm.None {
			return nil, vm.Errorf(vm.ValueErrorType, "utime: you may specify either 'times' or 'ns' but not both")
		}
		pair := func(v vm.Value, scale float64, msg string) error {
			t, ok := v.(vm.Tuple)
			if !ok || len(t) != 2 {
				return vm.Errorf(vm.TypeErrorType, "utime: %s", msg)
			}
			x, err := modkit.Float(th, t[0])
			if err != nil {
				return err
			}
			y, err := modkit.Float(th, t[1])
			if err != nil {
				return err
			}
			atime, mtime = x/scale, y/scale
			return nil
		}
		if times != vm.None {
			if err := pair(times, 1, "'times' must be either a tuple of two ints or None"); err != nil {
				return nil, err
			}
		} else if nsArg != vm.None {
			if err := pair(nsArg, 1e9, "'ns' must be a tuple of two ints"); err != nil {
				return nil, err
			}
		}
		if e := fs.Utime(p.s, atime, mtime); e != nil {
			// CPython's message for utime names no file.
			exc, err := vm.Call(th, vm.OSErrorType, []vm.Value{vm.Int(int64(e.Errno)), vm.Str("No such file or directory")}, nil)
			if err != nil {
				return nil, err
			}
			if x, ok := exc.(*vm.Exception); ok {
				return nil, x
			}
		}
		return vm.None, nil
	})
	modkit.Function(m, "access", "path, mode, *, dir_fd=, effective_ids=, follow_symlinks=", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		p, err := fspath(th, a[0])
		if err != nil {
			return nil, err
		}
		return vm.Bool(vfs.Of(th.Interp).Kind(p.s) != ""), nil
	})
}
