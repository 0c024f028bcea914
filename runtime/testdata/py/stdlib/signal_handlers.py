import signal
print(signal.SIGINT, repr(signal.SIGTERM), signal.SIGINT == 2, signal.Signals(15), signal.Signals["SIGHUP"], signal.SIG_IGN, signal.NSIG)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler, signal.getsignal(signal.SIGTERM))
def handler(signum, frame):
    print("got", signal.Signals(signum).name, frame is None)
old = signal.signal(signal.SIGUSR1, handler)
print(old, signal.getsignal(signal.SIGUSR1) is handler)
signal.raise_signal(signal.SIGUSR1)
signal.signal(signal.SIGUSR1, signal.SIG_IGN)
signal.raise_signal(signal.SIGUSR1)
print(signal.strsignal(signal.SIGTERM), signal.strsignal(2), signal.SIGTERM in signal.valid_signals())
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print("KeyboardInterrupt")
try:
    signal.signal(signal.SIGINT, 5)
except TypeError as e:
    print(e)
