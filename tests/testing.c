/* testing.c: the main of every suite, the comparisons they share, and the
 * crash reports that let the grader name the learner's function that broke. */
#define _GNU_SOURCE /* on_exit, dl_iterate_phdr, backtrace, sigaltstack */

#include <execinfo.h>
#include <fcntl.h>
#include <link.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#ifdef __linux__
#include <sys/prctl.h>
#endif
#include <sys/resource.h>
#include <sys/time.h>
#include <ucontext.h>
#include <unistd.h>

#include "testing.h"

int is_close(double actual, double expected, double rtol, double atol)
{
    if (isnan(actual) || isnan(expected))
        return 0;
    if (actual == expected) /* equal infinities too */
        return 1;
    if (isinf(actual) || isinf(expected)) /* inf <= rtol inf would pass */
        return 0;
    return fabs(actual - expected) <= rtol * fabs(expected) + atol;
}

/* ---------------------------------------------------------- crash reports
 *
 * Check's fork mode already turns a crash, an endless loop or an exit into
 * one failed test ("Received signal 11", "Test timeout expired", "Early exit
 * with return value 3"); what it cannot say is where. When the grader sets
 * DESCENT_CRASH_LOG (scripts/grade-lib.sh), each test child appends a line to
 * that file when the learner's code
 *   - dies of a signal:        @descent signal TEST SIGNO OFFSETS...
 *     (or overflows the stack: @descent stack TEST 11 OFFSETS...)
 *   - is still running late:   @descent timeout TEST - OFFSETS...
 *   - calls exit mid-test:     @descent exit TEST STATUS OFFSETS...
 * TEST is Check's name of the running test; OFFSETS are the addresses on the
 * call stack relative to where the program was loaded, which addr2line turns
 * into "gd_step (exercises/01-gradient-descent.c:17)". Before the tests run,
 * main writes one line per test case with its time limit:
 *   @case NAME SECONDS
 * Everything a handler does is async-signal-safe: write(2) and backtrace(3),
 * warmed up in main so that it does not load libgcc in a handler. */

enum { MAX_CASES = 64, MAX_FRAMES = 48 };

static int crash_fd = -1;
static struct {
    char name[96];
    double seconds;
} cases[MAX_CASES];
static int ncases;
static double shortest_case = 0.0;       /* the smallest time limit, s */
static uintptr_t exe_base, exe_lo, exe_hi; /* where the program is loaded */
static uintptr_t stack_top, stack_room;  /* main's stack and its limit */
static volatile sig_atomic_t in_test;    /* a test function is running */
static int forked;                       /* Check's fork mode is on */
static pid_t runner;                     /* the process running the suite */
static char altstack[1 << 16];           /* handlers run here: a stack
                                            overflow leaves no room */

/* Append s to the line buf of length *len (capacity 1024). */
static void put(char *buf, size_t *len, const char *s)
{
    while (*s != '\0' && *len < 1023)
        buf[(*len)++] = *s++;
}

static void put_number(char *buf, size_t *len, uintmax_t v, unsigned base)
{
    char digits[32];
    int k = 0;
    do {
        digits[k++] = "0123456789abcdef"[v % base];
        v /= base;
    } while (v != 0);
    if (base == 16)
        put(buf, len, "0x");
    while (k > 0 && *len < 1023)
        buf[(*len)++] = digits[--k];
}

/* The address the signal interrupted, from the saved context, or 0. */
static uintptr_t interrupted_pc(void *context)
{
    const ucontext_t *uc = context;
    (void)uc;
#if defined(__x86_64__)
    return (uintptr_t)uc->uc_mcontext.gregs[REG_RIP];
#elif defined(__i386__)
    return (uintptr_t)uc->uc_mcontext.gregs[REG_EIP];
#elif defined(__aarch64__)
    return (uintptr_t)uc->uc_mcontext.pc;
#else
    return 0;
#endif
}

/* Write one report line: KIND, the running test, DETAIL, the stack. The
 * frames are return addresses, one past their call (a call to a noreturn
 * function such as abort may be a function's last instruction), so each is
 * written minus 1, except pc, the exact address a signal interrupted. */
static void report(const char *kind, long detail, int has_detail, uintptr_t pc)
{
    char line[1024];
    size_t len = 0;
    void *frames[MAX_FRAMES];
    const char *test = tcase_name();

    if (crash_fd < 0)
        return;
    put(line, &len, "@descent ");
    put(line, &len, kind);
    put(line, &len, " ");
    put(line, &len, test != NULL ? test : "?");
    put(line, &len, " ");
    if (!has_detail)
        put(line, &len, "-");
    else if (detail < 0) {
        put(line, &len, "-");
        put_number(line, &len, (uintmax_t)-detail, 10);
    } else
        put_number(line, &len, (uintmax_t)detail, 10);
    int n = backtrace(frames, MAX_FRAMES);
    for (int i = 0; i < n; i++) {
        uintptr_t frame = (uintptr_t)frames[i];
        if (frame < exe_lo || frame >= exe_hi)
            continue; /* libc, libcheck: not ours to name */
        put(line, &len, " ");
        put_number(line, &len, frame - exe_base - (frame != pc), 16);
    }
    put(line, &len, "\n");
    ssize_t ignored = write(crash_fd, line, len);
    (void)ignored;
}

/* A fault just below main's stack is a stack overflow. */
static int on_the_stack(const void *addr)
{
    uintptr_t a = (uintptr_t)addr;
    return a < stack_top && stack_top - a <= stack_room;
}

static void on_fatal_signal(int sig, siginfo_t *info, void *context)
{
    int overflow = sig == SIGSEGV && on_the_stack(info->si_addr);
    in_test = 0;
    report(overflow ? "stack" : "signal", sig, 1, interrupted_pc(context));
    signal(sig, SIG_DFL); /* then die of it, so Check sees the signal */
    raise(sig);
}

static void on_late(int sig, siginfo_t *info, void *context)
{
    (void)sig;
    (void)info;
    /* Check kills the test when its time is up */
    report("timeout", 0, 0, interrupted_pc(context));
}

/* exit() inside a test function: report it; and since Check counts a test
 * that exits with status 0 as passed, make such an exit a failure. */
static void on_process_exit(int status, void *arg)
{
    (void)arg;
    if (!in_test)
        return; /* the test had finished: Check's own exit */
    in_test = 0;
    report("exit", status, 1, 0);
    if (status == 0)
        _exit(1);
}

/* Checked fixture, in the test's child: arm a timer that reports where the
 * code is, periodically, until Check's own time limit ends the test. */
static void test_begin(void)
{
    in_test = 1;
#ifdef __linux__
    /* Check puts each test in a process group of its own: if the runner
     * dies (Ctrl-C, the grader's time limit), an endless loop here would run
     * on, orphaned. Die with the runner instead. */
    if (forked) {
        prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (getppid() != runner)
            _exit(1); /* it died before prctl */
    }
#endif
    if (crash_fd < 0 || !(shortest_case > 0.0))
        return;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_late;
    sa.sa_flags = SA_SIGINFO | SA_RESTART | SA_ONSTACK;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGALRM, &sa, NULL);
    double every = 0.8 * shortest_case; /* reports before any limit expires */
    struct itimerval it;
    it.it_interval.tv_sec = (time_t)every;
    it.it_interval.tv_usec = (suseconds_t)((every - (double)(time_t)every) * 1e6);
    if (it.it_interval.tv_sec == 0 && it.it_interval.tv_usec < 1000)
        it.it_interval.tv_usec = 1000;
    it.it_value = it.it_interval;
    setitimer(ITIMER_REAL, &it, NULL);
}

static void test_end(void)
{
    static const struct itimerval off;
    in_test = 0;
    if (crash_fd >= 0 && shortest_case > 0.0)
        setitimer(ITIMER_REAL, &off, NULL);
}

static int find_program(struct dl_phdr_info *info, size_t size, void *data)
{
    (void)size;
    (void)data;
    exe_base = info->dlpi_addr; /* the first object is the program itself */
    exe_lo = UINTPTR_MAX;
    for (int i = 0; i < info->dlpi_phnum; i++) {
        const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
        if (ph->p_type != PT_LOAD)
            continue;
        uintptr_t lo = exe_base + ph->p_vaddr, hi = lo + ph->p_memsz;
        if (lo < exe_lo)
            exe_lo = lo;
        if (hi > exe_hi)
            exe_hi = hi;
    }
    return 1;
}

/* Open the crash log and install the handlers (fork mode only: under gdb,
 * with CK_FORK=no, the debugger should see the crash itself). */
static void crash_reports_start(SRunner *sr, const char *stack_mark)
{
    const char *path = getenv("DESCENT_CRASH_LOG");
    forked = srunner_fork_status(sr) == CK_FORK;
    runner = getpid();
    if (path == NULL || *path == '\0' || !forked)
        return;
    crash_fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
    if (crash_fd < 0)
        return;

    void *warm[4];
    backtrace(warm, 4); /* loads the unwinder now, not in a handler */
    dl_iterate_phdr(find_program, NULL);
    struct rlimit rl;
    stack_top = (uintptr_t)stack_mark;
    stack_room = (size_t)8 << 20;
    if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY)
        stack_room = (uintptr_t)rl.rlim_cur;
    stack_room += (size_t)1 << 20; /* the guard gap below the limit */

    stack_t ss = {.ss_sp = altstack, .ss_size = sizeof altstack, .ss_flags = 0};
    sigaltstack(&ss, NULL);
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_fatal_signal;
    sa.sa_flags = SA_SIGINFO | SA_ONSTACK | SA_NODEFER;
    sigemptyset(&sa.sa_mask);
    const int fatal[] = {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT, SIGXFSZ,
                         SIGXCPU, SIGSYS, SIGTRAP, SIGPIPE};
    for (size_t i = 0; i < sizeof fatal / sizeof fatal[0]; i++)
        sigaction(fatal[i], &sa, NULL);
    on_exit(on_process_exit, NULL);

    /* the time limits, as Check applies them (CK_TIMEOUT_MULTIPLIER) */
    double scale = 1.0;
    const char *mult = getenv("CK_TIMEOUT_MULTIPLIER");
    if (mult != NULL && atof(mult) > 0.0)
        scale = atof(mult);
    shortest_case *= scale;
    for (int i = 0; i < ncases; i++) {
        char line[160];
        int len = snprintf(line, sizeof line, "@case %s %g\n", cases[i].name,
                           cases[i].seconds * scale);
        if (len > 0 && (size_t)len < sizeof line) {
            ssize_t ignored = write(crash_fd, line, (size_t)len);
            (void)ignored;
        }
    }
}

TCase *add_case(Suite *s, const char *name, double seconds)
{
    TCase *tc = tcase_create(name);
    tcase_set_timeout(tc, seconds);
    tcase_add_checked_fixture(tc, test_begin, test_end);
    suite_add_tcase(s, tc);
    if (ncases < MAX_CASES) {
        snprintf(cases[ncases].name, sizeof cases[ncases].name, "%s", name);
        cases[ncases++].seconds = seconds;
    }
    if (seconds > 0.0 && (shortest_case == 0.0 || seconds < shortest_case))
        shortest_case = seconds;
    return tc;
}

int main(void)
{
    char stack_mark;
    SRunner *sr = srunner_create(suite());

    /* CK_ENV: verbosity from CK_VERBOSITY; fork mode stays on unless
     * CK_FORK=no (make debug), so a crash fails one test only. */
    crash_reports_start(sr, &stack_mark);
    srunner_run_all(sr, CK_ENV);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
