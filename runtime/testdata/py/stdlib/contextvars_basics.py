# contextvars: variables, tokens, copied contexts and Context.run.
import contextvars

request = contextvars.ContextVar("request")
level = contextvars.ContextVar("level", default=0)
print(request.name, level.name, level.get(), level.get(5), request.get("none yet"))
try:
    request.get()
except LookupError:
    print("LookupError")
token = request.set("first")
print(type(token).__name__, token.var is request, token.old_value is contextvars.Token.MISSING)
print(contextvars.Token.MISSING, request.get())
token2 = request.set("second")
print(token2.old_value, request.get())
request.reset(token2)
print(request.get())
for bad in (lambda: request.reset(token2), lambda: level.reset(token)):
    try:
        bad()
    except (RuntimeError, ValueError) as e:
        print(type(e).__name__)

ctx = contextvars.copy_context()
print(type(ctx).__name__, request in ctx, ctx[request], ctx.get(level), ctx.get(level, 3), level in ctx)


def work(n, extra=0):
    request.set(n + extra)
    level.set(level.get() + 1)
    return request.get(), level.get()


print(ctx.run(work, 1, extra=2), request.get(), level.get(), ctx[request], ctx[level])
print(ctx.run(work, 10), ctx[level])
try:
    ctx.run(ctx.run, work, 1)
except RuntimeError:
    print("already entered")
try:
    ctx[contextvars.ContextVar("other")]
except KeyError:
    print("KeyError")
try:
    ctx[1]
except TypeError as e:
    print(e)
empty = contextvars.Context()
print(len(empty), list(empty), empty.run(request.get, "default"))
try:
    empty.run(request.reset, token)
except ValueError:
    print("different Context")
print(len(ctx), sorted(v.name for v in ctx), sorted(v.name for v in ctx.keys()), sorted(ctx.values()))
print(dict(ctx.items())[level], ctx == ctx.copy(), ctx.copy() is ctx)
try:
    contextvars.ContextVar(1)
except TypeError as e:
    print(e)
try:
    contextvars.Token()
except RuntimeError as e:
    print(e)
try:
    class Sub(contextvars.ContextVar):
        pass
except TypeError:
    print("not subclassable")
t = level.set(7)
level.reset(t)
print(level.get())
