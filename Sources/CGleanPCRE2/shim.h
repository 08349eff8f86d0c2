// PCRE2 is compiled for several code-unit widths; Glean uses the 8-bit (UTF-8) library.
// The generic names (pcre2_compile, ...) are function-like macros that Swift cannot import,
// so Swift calls the `_8` symbols directly; the constants below replace macros with casts.
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

