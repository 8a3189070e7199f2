#pragma once

#include <QtGlobal>
#include <QtTest/QTest>

// A test that needs something from the machine (the keyring, a tool) skips when it is missing, so
// that running one test by hand outside scripts/test still works. scripts/test (and so CI) sets
// SIFT_REQUIRE_ENVIRONMENT=1: there a missing requirement is a failure, because CTest counts a
// skipped test as passed and a green run would then prove nothing.
#define SIFT_SKIP_OR_FAIL(message) \
    do { \
        if (qEnvironmentVariableIntValue("SIFT_REQUIRE_ENVIRONMENT") == 1) \
            QFAIL(message " (required: SIFT_REQUIRE_ENVIRONMENT=1)"); \
        QSKIP(message); \
    } while (false)
