/* The plugin ABI is a header; SwiftPM needs one source file in a C target. */
#include "glean_plugin.h"
