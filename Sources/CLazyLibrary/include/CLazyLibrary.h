// Shared libraries opened at their first use rather than by the dynamic loader at start-up:
// cairo and pango (the drawn chart), libxlsxwriter (the workbook) and libxml2 (MS Project
// XML) took most of a start-up that nearly every run spends without them. A target over such
// a library defines each function Planwerk calls under the library's own name, with the
// header's prototype (so the compiler checks it), and forwards to the library's function,
// looked up once. The executable then references nothing in the library and links it
// --as-needed, i.e. not at all (`make release`).
#ifndef PLANWERK_CLAZYLIBRARY_H
#define PLANWERK_CLAZYLIBRARY_H

/* A shared library and the names it may have: its soname first, then older or newer ones. */
typedef struct {
  const char *const *names;
  void *handle;
  char error[512];
} pw_library;

/* NULL once the library is open, else why none of its names opened. Safe from any thread. */
const char *pw_library_open(pw_library *library);

/* The library's function of that name; a missing library or function ends the process with
   a message, as the dynamic loader would have at start-up (callers open it first and report
   a failure as an error). */
void *pw_library_symbol(pw_library *library, const char *name);

/* NULL once every one of `count` libraries is open, else why the first that failed did. */
const char *pw_libraries_open(pw_library *const *libraries, unsigned count);

/* A line per library with the names it may have, separated by spaces (`planwerk
   --loaded-later`, for the Debian package's Depends). */
void pw_libraries_names(pw_library *const *libraries, unsigned count, char *out,
                        unsigned long size);

/* Declares `pw_function`, the library's own function `name`, looked up at the first call and
   kept: the body every forwarder below shares. */
#define PW_RESOLVE(library, name)                                                           \
  static __typeof__(&name) pw_real;                                                         \
  __typeof__(&name) pw_function = __atomic_load_n(&pw_real, __ATOMIC_ACQUIRE);              \
  if (pw_function == 0) {                                                                   \
    pw_function = (__typeof__(&name))pw_library_symbol(&(library), #name);                  \
    __atomic_store_n(&pw_real, pw_function, __ATOMIC_RELEASE);                              \
  }

/* `ret name params`, the header's prototype, forwarding to the library's own function. Hidden:
   the executable exports its symbols (-export-dynamic), and a library loaded later must call
   its own functions and its dependencies', not these. */
#define PW_HIDDEN __attribute__((visibility("hidden")))
#define PW_LAZY(library, ret, name, params, args)                                           \
  PW_HIDDEN ret name params {                                                               \
    PW_RESOLVE(library, name)                                                               \
    return pw_function args;                                                                \
  }

#define PW_LAZY_VOID(library, name, params, args)                                           \
  PW_HIDDEN void name params {                                                              \
    PW_RESOLVE(library, name)                                                               \
    pw_function args;                                                                       \
  }

#endif
