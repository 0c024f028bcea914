package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"net"
	"os"
	"os/signal"
	"syscall"

	"github.com/asobiba/asobiba/site/server"
)

// serveCommand implements "asobiba serve [--addr 127.0.0.1:8080] [--dir dist]". It prints
// the URL it listens on (useful with --addr 127.0.0.1:0, which picks a free port) and
// serves until interrupted.
func serveCommand(args []string, stdout, stderr io.Writer) int {
	flags := flag.NewFlagSet("asobiba serve", flag.ContinueOnError)
	flags.SetOutput(stderr)
	addr := flags.String("addr", "127.0.0.1:8080", "listen on `host:port`")
	dir := flags.String("dir", "dist", "serve the built site in `folder`")
	if err := flags.Parse(args); err != nil {
		return 2
	}
	if flags.NArg() != 0 {
		fmt.Fprintf(stderr, "asobiba serve: unexpected argument %q\n", flags.Arg(0))
		return 2
	}
	if info, err := os.Stat(*dir); err != nil || !info.IsDir() {
		fmt.Fprintf(stderr, "asobiba serve: %s is not a folder (run make build first)\n", *dir)
		return 1
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintf(stderr, "asobiba serve: %v\n", err)
		return 1
	}
	fmt.Fprintf(stdout, "serving %s at http://%s/\n", *dir, ln.Addr())

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	go func() {
		<-ctx.Done()
		ln.Close() // Serve returns; requests still being answered end with the process
	}()
	if err := server.Serve(ln, os.DirFS(*dir)); err != nil {
		fmt.Fprintf(stderr, "asobiba serve: %v\n", err)
		return 1
	}
	return 0
}
