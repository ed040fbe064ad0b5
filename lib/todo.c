/* todo.c: the marks that exercise stubs leave, so a test can tell "not
 * written yet" from "wrong". */
#include <stdio.h>

#include "support.h"

static int pending;
static char where[256];

void exercise_todo(const char *func, const char *file, int line)
{
    pending = 1;
    snprintf(where, sizeof where, "%s (%s:%d)", func, file, line);
}

int exercise_todo_pending(void)
{
    int was = pending;
    pending = 0;
    return was;
}

const char *exercise_todo_where(void)
{
    return where;
}
