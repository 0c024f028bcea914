// Package vfs is Asobiba's file system: a tree of folders and files kept in memory, one per
// run, that starts with /, /home, /home/asobiba (the working folder) and /tmp, all empty. A
// program can create, read, rename and delete files in it with open() and the os functions,
// and sees its own files only. The Python module _vfs gives the file objects of builtins.open
// (module _fileio, written in Python) their primitives; package pyos uses FS directly.
//
// A file's content is a bytearray shared by every open file object on it, so a write is seen
// at once by the next read, as if every write were flushed.
//
// Every file and folder has an inode number (counted from 1000 in creation order) and
// access, modification and change times read from the run's virtual clock (time.time()):
// creating a file or folder sets them, a write (reported by the file object through
// Modified) sets the file's, adding, removing or renaming an entry sets its folder's.
// Listings are sorted by name, so every run lists the same folder in the same order.
package vfs

import (
	"path"
	"sort"
	"strings"
	"sync"

	"github.com/asobiba/asobiba/runtime/vm"
)

// Cwd is the working folder, relative paths are resolved against it.
const Cwd = "/home/asobiba"

// Errno values of the errors the file system raises.
const (
	ENOENT    = 2
	EEXIST    = 17
	ENOTDIR   = 20
	EISDIR    = 21
	EINVAL    = 22
	ENOTEMPTY = 39
)

var strerror = map[int]string{
	ENOENT: "No such file or directory", EEXIST: "File exists", ENOTDIR: "Not a directory",
	EISDIR: "Is a directory", EINVAL: "Invalid argument", ENOTEMPTY: "Directory not empty",
}

// node is a folder (data nil) or a file.
type node struct {
	data                *vm.ByteArray
	ino                 int
	atime, mtime, ctime float64
}

func (n *node) isDir() bool { return n.data == nil }

// FS is the file system of one run.
type FS struct {
	mu    sync.Mutex
	nodes map[string]*node
	// byData finds the file of a content, for Modified.
	byData map[*vm.ByteArray]*node
	in     *vm.Interp
	ino    int
}

type stateKey struct{}

// Of returns the file system of an interpreter, made on first use.
func Of(in *vm.Interp) *FS {
	if in.Ext == nil {
		in.Ext = map[any]any{}
	}
	if fs, ok := in.Ext[stateKey{}].(*FS); ok {
		return fs
	}
	fs := &FS{nodes: map[string]*node{}, byData: map[*vm.ByteArray]*node{}, in: in, ino: 1000}
	for _, d := range []string{"/", "/home", Cwd, "/tmp"} {
		fs.nodes[d] = fs.newNode(nil)
	}
	in.Ext[stateKey{}] = fs
	return fs
}

// now reads the virtual clock.
func (fs *FS) now() float64 {
	if fs.in != nil && fs.in.Clock != nil {
		return fs.in.Clock.Now()
	}
	return 0
}

// newNode makes a file (data not nil) or folder stamped with the current time.
func (fs *FS) newNode(data *vm.ByteArray) *node {
	fs.ino++
	t := fs.now()
	n := &node{data: data, ino: fs.ino, atime: t, mtime: t, ctime: t}
	if data != nil {
		fs.byData[data] = n
	}
	return n
}

// touchDir marks the folder holding a as changed (an entry was added or removed).
func (fs *FS) touchDir(a string) {
	if d, ok := fs.nodes[path.Dir(a)]; ok {
		d.mtime, d.ctime = fs.now(), fs.now()
	}
}

// Modified records that a file's content changed (a write or a truncation).
func (fs *FS) Modified(data *vm.ByteArray) {
	fs.mu.Lock()
	defer fs.mu.Unlock()
	if n, ok := fs.byData[data]; ok {
		n.mtime, n.ctime = fs.now(), fs.now()
	}
}

// Info is what os.stat reports about a file or folder.
type Info struct {
	Dir                 bool
	Size, Ino, Nlink    int
	Atime, Mtime, Ctime float64
}

// Stat describes the file or folder at p.
func (fs *FS) Stat(p string) (Info, *Error) {
	fs.mu.Lock()
	defer fs.mu.Unlock()
	a := Abs(p)
	n, ok := fs.nodes[a]
	if !ok {
		if err := fs.parentOK(a); err != nil && err.Errno == ENOTDIR {
			return Info{}, &Error{ENOTDIR, p}
		}
		return Info{}, &Error{ENOENT, p}
	}
	info := Info{Dir: n.isDir(), Ino: n.ino, Nlink: 1, Atime: n.atime, Mtime: n.mtime, Ctime: n.ctime}
	if n.isDir() {
		info.Size = 4096
		info.Nlink = 2
		for _, c := range fs.children(a) {
			if fs.nodes[path.Join(a, c)].isDir() {
				info.Nlink++
			}
		}
	} else {
		info.Size = len(n.data.B)
	}
	return info, nil
}

// Utime sets the access and modification times of the file or folder at p.
func (fs *FS) Utime(p string, atime, mtime float64) *Error {
	fs.mu.Lock()
	defer fs.mu.Unlock()
	n, ok := fs.nodes[Abs(p)]
	if !ok {
		return &Error{ENOENT, p}
	}
	n.atime, n.mtime, n.ctime = atime, mtime, fs.now()
	return nil
}

// Now is the time Utime takes when none is given.
func (fs *FS) Now() float64 { return fs.now() }

// Error is an OSError to raise: errno, and the path it is about.
type Error struct {
	Errno int
	Path  string
}

// Raise returns the Python exception for e (FileNotFoundError and the like: OSError picks
// the subclass from the errno).
func (e *Error) Raise(th *vm.Thread, filename vm.Value) error {
	switch filename.(type) {
	case vm.Str, vm.Bytes:
	default:
		// A path object (pathlib.Path, os.DirEntry) is named by its text, as CPython does.
		filename = vm.Str(e.Path)
	}
	exc, err := vm.Call(th, vm.OSErrorType, []vm.Value{vm.Int(int64(e.Errno)), vm.Str(strerror[e.Errno]), filename}, nil)
	if err != nil {
		return err
	}
	if x, ok := exc.(*vm.Exception); ok {
		return x
	}
	return vm.Errorf(vm.OSErrorType, "%s", strerror[e.Errno])
}

// Abs resolves p against the working folder and cleans it.
func Abs(p string) string {
	if !strings.HasPrefix(p, "/") {
		p = Cwd + "/" + p
	}
	return path.Clean(p)
}

// parentOK checks that the folder holding p exists.
func (fs *FS) parentOK(p string) *Error {
	parent, ok := fs.nodes[path.Dir(p)]
	if !ok {
		return &Error{ENOENT, p}
	}
	if !parent.isDir() {
		return &Error{ENOTDIR, p}
	}
	return nil
}

// Kind reports "dir", "file" or "" (no such path).
func (fs *FS) Kind(p string) string {
	fs.mu.Lock()
	defer fs.mu.Unlock()
	n, ok := fs.nodes[Abs(p)]
	switch {
	case !ok:
		return ""
	case n.isDir():
		return "dir"
	}
	return "file"
}

// Size is the length of a file (0 for a folder).
func (fs *FS) Size(p string) (int, *Error) {
	fs.mu.Lock()
	defer fs.mu.Unlock()
	n, ok := fs.nodes[Abs(p)]
	if !ok {
		return 0, &Error{ENOENT, p}
	}
	if n.isDir() {
		return 4096, nil
	}
	return len(n.data.B), nil
}

// File returns the content of an existing file.
func (fs *FS) File(p string) (*vm.ByteArray, *Error) {
	fs.mu.Lock()
	defer fs.mu.Unlock()
	n, ok := fs.nodes[Abs(p)]
	if !ok {
		return nil, &Error{ENOENT, p}
	}
	if n.isDir() {
		return nil, &Error{EISDIR, p}
	}
	return n.data, nil
}

// Create makes an empty file (or empties an existing one, unless exclusive, when that is an
// error) and returns its content.
func (fs *FS) Create(p string, exclusive bool) (*vm.ByteArray, *Error) {
	fs.mu.Lock()
	defer fs.mu.Unlock()
	a := Abs(p)
	if n, ok := fs.nodes[a]; ok {
		if n.isDir() {
			return nil, &Error{EISDIR, p}
		}
		if exclusive {
			return nil, &Error{EEXIST, p}
		}
		n.data.B = n.data.B[:0]
		n.mtime, n.ctime = fs.now(), fs.now()
		return n.data, nil
	}
	if err := fs.parentOK(a); err != nil {
		err.Path = p
		return nil, err
	}
	n := fs.newNode(&vm.ByteArray{})
	fs.nodes[a] = n
	fs.touchDir(a)
	return n.data, nil
}

// Mkdir makes a folder.
func (fs *FS) Mkdir(p string) *Error {
	fs.mu.Lock()
	defer fs.mu.Unlock()
	a := Abs(p)
	if _, ok := fs.nodes[a]; ok {
		return &Error{EEXIST, p}
	}
	if err := fs.parentOK(a); err != nil {
		err.Path = p
		return err
	}
	fs.nodes[a] = fs.newNode(nil)
	fs.touchDir(a)
	return nil
}

// children lists the names directly inside folder a, sorted.
func (fs *FS) children(a string) []string {
	prefix := a + "/"
	if a == "/" {
		prefix = "/"
	}
	var out []string
	for k := range fs.nodes {
		if k != a && strings.HasPrefix(k, prefix) && !strings.Contains(k[len(prefix):], "/") {
			out = append(out, k[len(prefix):])
		}
	}
	sort.Strings(out)
	return out
}

// List returns the names in a folder, sorted.
func (fs *FS) List(p string) ([]string, *Error) {
	fs.mu.Lock()
	defer fs.mu.Unlock()
	a := Abs(p)
	n, ok := fs.nodes[a]
	if !ok {
		return nil, &Error{ENOENT, p}
	}
	if !n.isDir() {
		return nil, &Error{ENOTDIR, p}
	}
	return fs.children(a), nil
}

// Remove deletes a file.
func (fs *FS) Remove(p string) *Error {
	fs.mu.Lock()
	defer fs.mu.Unlock()
	a := Abs(p)
	n, ok := fs.nodes[a]
	if !ok {
		return &Error{ENOENT, p}
	}
	if n.isDir() {
		return &Error{EISDIR, p}
	}
	delete(fs.nodes, a)
	delete(fs.byData, n.data)
	fs.touchDir(a)
	return nil
}

// Rmdir deletes an empty folder.
func (fs *FS) Rmdir(p string) *Error {
	fs.mu.Lock()
	defer fs.mu.Unlock()
	a := Abs(p)
	n, ok := fs.nodes[a]
	if !ok {
		return &Error{ENOENT, p}
	}
	if !n.isDir() {
		return &Error{ENOTDIR, p}
	}
	if len(fs.children(a)) > 0 {
		return &Error{ENOTEMPTY, p}
	}
	delete(fs.nodes, a)
	fs.touchDir(a)
	return nil
}

// Rename moves a file or folder (with what it holds), replacing a file at the destination.
func (fs *FS) Rename(src, dst string) *Error {
	fs.mu.Lock()
	defer fs.mu.Unlock()
	a, b := Abs(src), Abs(dst)
	n, ok := fs.nodes[a]
	if !ok {
		return &Error{ENOENT, src}
	}
	if err := fs.parentOK(b); err != nil {
		err.Path = src
		return err
	}
	if old, ok := fs.nodes[b]; ok && a != b {
		if old.isDir() != n.isDir() {
			if old.isDir() {
				return &Error{EISDIR, src}
			}
			return &Error{ENOTDIR, src}
		}
		if old.isDir() && len(fs.children(b)) > 0 {
			return &Error{ENOTEMPTY, src}
		}
	}
	if n.isDir() && strings.HasPrefix(b+"/", a+"/") && a != b {
		return &Error{EINVAL, src}
	}
	moved := map[string]*node{}
	for k, v := range fs.nodes {
		if k == a || strings.HasPrefix(k, a+"/") {
			moved[b+k[len(a):]] = v
			delete(fs.nodes, k)
		}
	}
	if old, ok := fs.nodes[b]; ok && a != b && old.data != nil {
		delete(fs.byData, old.data)
	}
	for k, v := range moved {
		fs.nodes[k] = v
	}
	fs.touchDir(a)
	fs.touchDir(b)
	n.ctime = fs.now()
	return nil
}
