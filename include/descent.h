/* descent.h: every chapter's interface, for the descent program. */
#ifndef DESCENT_H
#define DESCENT_H

#include "support.h"
#include "01-gradient-descent.h"
#include "02-learning-rate.h"
#include "03-momentum.h"
#include "04-adagrad.h"
#include "05-rmsprop.h"
#include "06-adam.h"
#include "07-random-search.h"
#include "08-bayesian-optimization.h"

#endif
