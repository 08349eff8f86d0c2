/*
 * Glean's plugin interface: a small, versioned C ABI (in the manner of SQLite's loadable
 * extensions). A plugin is a shared library exporting one function,
 *
 *     const glean_plugin *glean_plugin_entry(void);
 *
 * that returns a table describing its extractors. Everything crosses as UTF-8 JSON in plain
 * buffers, so the plugin may link its own copy of Glean's core (or be written in C or Rust).
 * The host refuses a plugin whose abi_version differs from its own, or whose core_version has
 * another major version.
 */
#ifndef GLEAN_PLUGIN_H
#define GLEAN_PLUGIN_H

#include <stddef.h>
#include <stdint.h>

#define GLEAN_PLUGIN_ABI_VERSION 1
#define GLEAN_PLUGIN_ENTRY "glean_plugin_entry"

/* A buffer allocated by the plugin and released by the host through free_buffer. */
typedef struct glean_buffer {
    char *data;
    size_t length;
} glean_buffer;

typedef struct glean_plugin {
    /* GLEAN_PLUGIN_ABI_VERSION as the plugin was compiled. */
    uint32_t abi_version;
    /* The Glean core version the plugin was built against ("0.1.0"). */
    const char *core_version;
    /* A name for messages. */
    const char *name;
    /* How many extractors the plugin provides. */
    uint32_t extractor_count;

    /* The description of extractor `index` as JSON: {"id", "summary", "types", "options", "examples"}.
       Owned by the plugin, valid for the life of the process. */
    const char *(*describe)(uint32_t index);

    /* Creates extractor `index` from options (a JSON object, defaults already applied).
       Returns an opaque handle, or NULL with *error set to a message. */
    void *(*create)(uint32_t index, const char *options_json, size_t options_length, glean_buffer *error);

    /* Extracts from one document {"id", "text", "date", "metadata"}. Sets *result to
       {"extractions": [...], "errors": [...]} (offsets in Unicode code points). Returns 0 on
       success, non-zero when *result holds {"errors": [...]} only. Called from several threads. */
    int32_t (*extract)(void *handle, const char *document_json, size_t document_length, glean_buffer *result);

    /* Releases a buffer the plugin filled. */
    void (*free_buffer)(glean_buffer buffer);

    /* Releases an extractor (the host never unloads the library itself). */
    void (*destroy)(void *handle);
} glean_plugin;

typedef const glean_plugin *(*glean_plugin_entry_function)(void);

#endif
