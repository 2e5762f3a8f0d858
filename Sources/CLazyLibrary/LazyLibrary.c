#include "CLazyLibrary.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static pthread_mutex_t opening = PTHREAD_MUTEX_INITIALIZER;

const char *pw_library_open(pw_library *library) {
  if (__atomic_load_n(&library->handle, __ATOMIC_ACQUIRE) != NULL) return NULL;
  pthread_mutex_lock(&opening);
  const char *failure = NULL;
  if (library->handle == NULL) {
    void *handle = NULL;
    const char *first = NULL;
    for (const char *const *name = library->names; *name != NULL && handle == NULL; name++) {
      handle = dlopen(*name, RTLD_NOW | RTLD_LOCAL);
      if (handle == NULL && first == NULL) {
        const char *why = dlerror();
        snprintf(library->error, sizeof library->error, "%s", why ? why : *name);
        first = library->error;
      }
    }
    if (handle != NULL) {
      __atomic_store_n(&library->handle, handle, __ATOMIC_RELEASE);
    } else {
      failure = library->error;
    }
  }
  pthread_mutex_unlock(&opening);
  return failure;
}

void *pw_library_symbol(pw_library *library, const char *name) {
  const char *failure = pw_library_open(library);
  if (failure != NULL) {
    fprintf(stderr, "planwerk: %s\n", failure);
    abort();
  }
  void *function = dlsym(__atomic_load_n(&library->handle, __ATOMIC_ACQUIRE), name);
  if (function == NULL) {
    fprintf(stderr, "planwerk: %s has no %s\n", library->names[0], name);
    abort();
  }
  return function;
}

const char *pw_libraries_open(pw_library *const *libraries, unsigned count) {
  for (unsigned i = 0; i < count; i++) {
    const char *failure = pw_library_open(libraries[i]);
    if (failure != NULL) return failure;
  }
  return NULL;
}

void pw_libraries_names(pw_library *const *libraries, unsigned count, char *out,
                        unsigned long size) {
  if (size == 0) return;
  out[0] = 0;
  size_t used = 0;
  for (unsigned i = 0; i < count; i++) {
    for (const char *const *name = libraries[i]->names; *name != NULL; name++) {
      const char *before = name == libraries[i]->names ? "" : " ";
      int written = snprintf(out + used, size - used, "%s%s", before, *name);
      if (written < 0 || (size_t)written >= size - used) return;
      used += (size_t)written;
    }
    if (used + 1 >= size) return;
    out[used++] = '\n';
    out[used] = 0;
  }
}
