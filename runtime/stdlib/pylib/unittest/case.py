"""unittest.case: the names CPython defines there, from the unittest package (Asobiba)."""
from unittest import (TestCase, FunctionTestCase, SkipTest, skip, skipIf, skipUnless, expectedFailure, addModuleCleanup, doModuleCleanups, enterModuleContext, _SubTest, _AssertRaisesContext, _AssertWarnsContext, _AssertLogsContext, _LoggingWatcher, _Outcome, _ShouldStop, _UnexpectedSuccess)

__unittest = True
