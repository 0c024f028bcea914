package compile

// This file compiles the statements that install exception handlers: try (with except,
// except*, else and finally clauses), with and async with. opcode.go shows the instruction
// sequences; the handler of a SETUP_FINALLY starts with the exception pushed on the value stack
// at the block's level and an EXCEPT_HANDLER block on the block stack.

import (
	"github.com/asobiba/asobiba/runtime/syntax"
)

func (c *compiler) try(s *syntax.Try) {
	if len(s.Finally) > 0 {
		c.tryFinally(s)
		return
	}
	if s.IsStar {
		c.tryStarExcept(s)
	} else {
		c.tryExcept(s)
	}
}

// tryFinally compiles try: body finally: final. The finally body is copied onto the normal
// path and into the handler; return, break and continue copy it again (see unwindFblock).
func (c *compiler) tryFinally(s *syntax.Try) {
	handler, exit := c.newLabel(), c.newLabel()
	c.emitJump(SETUP_FINALLY, handler)
	c.pushFblock(fblock{kind: fbFinallyTry, finally: s.Finally})
	if len(s.Handlers) > 0 {
		if s.IsStar {
			c.tryStarExcept(s)
		} else {
			c.tryExcept(s)
		}
	} else {
		c.stmts(s.Body)
	}
	c.popFblock(fbFinallyTry)
	c.emitOp(POP_BLOCK)
	c.stmts(s.Finally)
	c.emitJump(JUMP, exit)

	c.bind(handler)
	c.pushFblock(fblock{kind: fbFinallyEnd})
	c.stmts(s.Finally)
	c.popFblock(fbFinallyEnd)
	c.setLine(lastLine(s.Finally))
	c.emitOp(RERAISE)
	c.bind(exit)
}

// lastLine returns the line of the last statement of a list.
func lastLine(list []syntax.Stmt) int32 {
	return list[len(list)-1].Pos().Line
}

// tryExcept compiles try: body except ...: handlers else: orelse (without finally).
func (c *compiler) tryExcept(s *syntax.Try) {
	except, end := c.newLabel(), c.newLabel()
	c.setLine(s.Pos().Line)
	c.emitJump(SETUP_FINALLY, except)
	c.pushFblock(fblock{kind: fbTryExcept})
	c.stmts(s.Body)
	c.popFblock(fbTryExcept)
	c.emitOp(POP_BLOCK)
	c.stmts(s.Else)
	c.emitJump(JUMP, end)

	c.bind(except) // stack: exc
	c.pushFblock(fblock{kind: fbExceptionHandler})
	for i, h := range s.Handlers {
		c.setLine(h.Pos().Line)
		if h.Type == nil && i < len(s.Handlers)-1 {
			c.fail(h, "default 'except:' must be last")
		}
		next := c.newLabel()
		if h.Type != nil {
			c.expr(h.Type)
			c.emitOp(CHECK_EXC_MATCH)
			c.emitJump(POP_JUMP_IF_FALSE, next)
		}
		if h.Name != "" {
			cleanup := c.newLabel()
			c.storeName(h.Name, h)
			// try: body finally: name = None; del name
			c.emitJump(SETUP_FINALLY, cleanup)
			c.pushFblock(fblock{kind: fbHandlerCleanup, name: h.Name})
			c.stmts(h.Body)
			c.popFblock(fbHandlerCleanup)
			c.emitOp(POP_BLOCK)
			c.emitOp(POP_EXCEPT)
			c.clearName(h.Name, h)
			c.emitJump(JUMP, end)

			c.bind(cleanup) // stack: the exception raised by the handler body
			c.setLine(h.Pos().Line)
			c.clearName(h.Name, h)
			c.emitOp(RERAISE)
		} else {
			c.emitOp(POP_TOP)
			c.pushFblock(fblock{kind: fbHandlerCleanup})
			c.stmts(h.Body)
			c.popFblock(fbHandlerCleanup)
			c.emitOp(POP_EXCEPT)
			c.emitJump(JUMP, end)
		}
		c.bind(next)
	}
	c.popFblock(fbExceptionHandler)
	c.setLine(s.Handlers[len(s.Handlers)-1].Pos().Line)
	c.emitOp(RERAISE) // no clause matched
	c.bind(end)
}

// tryStarExcept compiles try: body except* ...: handlers else: orelse (without finally).
// Each clause takes its part of the exception group; what the clauses raise and what no clause
// matched are collected in a list, and PREP_RERAISE_STAR combines them into the group to raise.
func (c *compiler) tryStarExcept(s *syntax.Try) {
	except, end, reraise := c.newLabel(), c.newLabel(), c.newLabel()
	c.setLine(s.Pos().Line)
	c.emitJump(SETUP_FINALLY, except)
	c.pushFblock(fblock{kind: fbTryExcept})
	c.stmts(s.Body)
	c.popFblock(fbTryExcept)
	c.emitOp(POP_BLOCK)
	c.stmts(s.Else)
	c.emitJump(JUMP, end)

	c.bind(except) // stack: exc
	c.setLine(s.Handlers[0].Pos().Line)
	c.emitOp(DUP_TOP)
	c.emit(BUILD_LIST, 0)
	c.emitOp(ROT_TWO) // orig list exc
	for _, h := range s.Handlers {
		c.setLine(h.Pos().Line)
		if h.Type == nil {
			c.fail(h, "expected one or more exception types")
		}
		noMatch, next := c.newLabel(), c.newLabel()
		c.expr(h.Type)
		c.emitOp(CHECK_EG_MATCH) // orig list rest match
		c.emitOp(DUP_TOP)
		c.loadConst(nil)
		c.emit(IS_OP, 0)
		c.emitJump(POP_JUMP_IF_TRUE, noMatch)
		if h.Name != "" {
			c.storeName(h.Name, h)
		} else {
			c.emitOp(POP_TOP)
		}
		raised := c.newLabel()
		c.emitJump(SETUP_FINALLY, raised)
		c.pushFblock(fblock{kind: fbExceptionGroupHandler})
		c.stmts(h.Body)
		c.popFblock(fbExceptionGroupHandler)
		c.emitOp(POP_BLOCK)
		if h.Name != "" {
			c.clearName(h.Name, h)
		}
		c.emitJump(JUMP, next)

		c.bind(raised) // orig list rest raised
		c.setLine(h.Pos().Line)
		if h.Name != "" {
			c.clearName(h.Name, h)
		}
		c.emit(LIST_APPEND, 2)
		c.emitOp(POP_EXCEPT)
		c.emitJump(JUMP, next)

		c.bind(noMatch)
		c.emitOp(POP_TOP)
		c.bind(next)
	}
	c.emit(LIST_APPEND, 1) // the unhandled rest
	c.emitOp(PREP_RERAISE_STAR)
	c.emitOp(DUP_TOP)
	c.loadConst(nil)
	c.emit(IS_OP, 0)
	c.emitJump(POP_JUMP_IF_FALSE, reraise)
	c.emitOp(POP_TOP)
	c.emitOp(POP_EXCEPT)
	c.emitJump(JUMP, end)
	c.bind(reraise)
	c.emitOp(RERAISE)
	c.bind(end)
}

// with compiles a with statement from its pos-th item on; each item nests in the previous one.
func (c *compiler) with(s *syntax.With, pos int) {
	item := s.Items[pos]
	final, exit := c.newLabel(), c.newLabel()
	c.expr(item.ContextExpr)
	c.setLine(s.Pos().Line)
	c.emitJump(SETUP_WITH, final)
	c.pushFblock(fblock{kind: fbWith, node: s})
	if item.OptionalVars != nil {
		c.assignTarget(item.OptionalVars)
	} else {
		c.emitOp(POP_TOP)
	}
	if pos+1 < len(s.Items) {
		c.with(s, pos+1)
	} else {
		c.stmts(s.Body)
	}
	c.popFblock(fbWith)
	c.setLine(s.Pos().Line)
	c.emitOp(POP_BLOCK)
	c.callExitWithNones()
	c.emitOp(POP_TOP)
	c.emitJump(JUMP, exit)

	c.bind(final) // stack: exit exc
	c.withExceptFinish(false)
	c.bind(exit)
}

// withExceptFinish calls __exit__ with the exception and re-raises it unless __exit__
// returned true.
func (c *compiler) withExceptFinish(async bool) {
	suppress := c.newLabel()
	c.emitOp(WITH_EXCEPT_START)
	if async {
		c.emitAwait(2)
	}
	c.emitJump(POP_JUMP_IF_TRUE, suppress)
	c.emitOp(RERAISE)
	c.bind(suppress)
	c.emitOp(POP_TOP) // exc
	c.emitOp(POP_EXCEPT)
	c.emitOp(POP_TOP) // exit
}

// asyncWith compiles an async with statement from its pos-th item on.
func (c *compiler) asyncWith(s *syntax.With, pos int) {
	item := s.Items[pos]
	final, exit := c.newLabel(), c.newLabel()
	c.expr(item.ContextExpr)
	c.setLine(s.Pos().Line)
	c.emitOp(BEFORE_ASYNC_WITH)
	c.emitAwait(1)
	c.emitJump(SETUP_ASYNC_WITH, final)
	c.pushFblock(fblock{kind: fbAsyncWith, node: s})
	if item.OptionalVars != nil {
		c.assignTarget(item.OptionalVars)
	} else {
		c.emitOp(POP_TOP)
	}
	if pos+1 < len(s.Items) {
		c.asyncWith(s, pos+1)
	} else {
		c.stmts(s.Body)
	}
	c.popFblock(fbAsyncWith)
	c.setLine(s.Pos().Line)
	c.emitOp(POP_BLOCK)
	c.callExitWithNones()
	c.emitAwait(2)
	c.emitOp(POP_TOP)
	c.emitJump(JUMP, exit)

	c.bind(final) // stack: aexit exc
	c.withExceptFinish(true)
	c.bind(exit)
}
