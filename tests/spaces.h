/* spaces.h: the search space the tests of chapter 7 and of its given code
 * share: one dimension of each kind. */
#ifndef DESCENT_TESTS_SPACES_H
#define DESCENT_TESTS_SPACES_H

#include "07-random-search.h"

static const struct dimension four_kinds[] = {
    {"u", DIM_UNIFORM, -2.0, 3.0},
    {"eta", DIM_LOG_UNIFORM, 1e-4, 1.0},
    {"k", DIM_INT, 3.0, 9.0},
    {"H", DIM_LOG_INT, 1.0, 20.0},
};
static const struct space space4 = {four_kinds, 4};

#endif
