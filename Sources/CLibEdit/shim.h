// libedit's el_set, el_get and history take C variadic arguments, which Swift cannot call.
// These wrappers fix each call's argument list so Swift sees plain functions.
#ifndef PLANWERK_CLIBEDIT_SHIM_H
#define PLANWERK_CLIBEDIT_SHIM_H

#include <errno.h>
#include <sys/ioctl.h>
#include <sys/uio.h>
#include <unistd.h>
#include <histedit.h>
#include <stdio.h>

typedef char *(*pw_prompt_fn)(EditLine *);
typedef unsigned char (*pw_key_fn)(EditLine *, int);

static inline int pw_el_set_prompt(EditLine *el, pw_prompt_fn fn) {
  return el_set(el, EL_PROMPT, fn);
}
static inline int pw_el_set_editor(EditLine *el, const char *mode) {
  return el_set(el, EL_EDITOR, mode);
}
static inline int pw_el_set_history(EditLine *el, History *h) {
  return el_set(el, EL_HIST, history, h);
}
static inline int pw_el_add_function(EditLine *el, const char *name, const char *help,
                                     pw_key_fn fn) {
  return el_set(el, EL_ADDFN, name, help, fn);
}
static inline int pw_el_bind(EditLine *el, const char *key, const char *fn) {
  return el_set(el, EL_BIND, key, fn, NULL);
}
static inline int pw_el_set_client_data(EditLine *el, void *data) {
  return el_set(el, EL_CLIENTDATA, data);
}
static inline void *pw_el_get_client_data(EditLine *el) {
  void *data = NULL;
  el_get(el, EL_CLIENTDATA, &data);
  return data;
}
static inline int pw_el_set_signal(EditLine *el, int on) {
  return el_set(el, EL_SIGNAL, on);
}
static inline int pw_history_set_size(History *h, int size) {
  HistEvent ev;
  return history(h, &ev, H_SETSIZE, size);
}
static inline int pw_history_set_unique(History *h, int on) {
  HistEvent ev;
  return history(h, &ev, H_SETUNIQUE, on);
}
static inline int pw_history_enter(History *h, const char *line) {
  HistEvent ev;
  return history(h, &ev, H_ENTER, line);
}
static inline int pw_history_load(History *h, const char *path) {
  HistEvent ev;
  return history(h, &ev, H_LOAD, path);
}
static inline int pw_history_save(History *h, const char *path) {
  HistEvent ev;
  return history(h, &ev, H_SAVE, path);
}

// The standard streams are C globals that Swift 6 treats as shared mutable state.
static inline EditLine *pw_el_init(const char *program) {
  return el_init(program, stdin, stdout, stderr);
}
/* Reading another stream than standard input, as a test does. */
static inline EditLine *pw_el_init_reading(const char *program, FILE *input) {
  return el_init(program, input, stdout, stderr);
}
/* The terminal's width in columns, or 0 when standard output is not a terminal. */
static inline int pw_terminal_width(void) {
  struct winsize size;
  if (!isatty(STDOUT_FILENO) || ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) != 0) return 0;
  return size.ws_col;
}

static inline int pw_stdout_is_terminal(void) {
  return isatty(STDOUT_FILENO);
}

/* Line-buffered standard output, so that a program reading planwerk through a pipe sees each
   answer as soon as it is given. */
static inline void pw_line_buffered_stdout(void) {
  setvbuf(stdout, NULL, _IOLBF, 0);
}

static inline void pw_print(const char *text) {
  fputs(text, stdout);
  fflush(stdout);
}
/* An answer and its line break in one system call, as line-buffered stdio sends a line but
   without copying it through its buffer: what stdio still holds goes out first, so the order
   of everything printed stays as written. A short write is carried on; an error is left as
   stdio leaves one, unsaid. */
static inline void pw_print_line(const void *bytes, size_t count) {
  fflush(stdout);
  struct iovec parts[2] = {{(void *)bytes, count}, {(void *)"\n", 1}};
  int first = 0;
  while (first < 2) {
    ssize_t written = writev(STDOUT_FILENO, parts + first, 2 - first);
    if (written < 0) {
      if (errno == EINTR) continue;
      return;
    }
    while (first < 2 && (size_t)written >= parts[first].iov_len) {
      written -= (ssize_t)parts[first].iov_len;
      first += 1;
    }
    if (first < 2) {
      parts[first].iov_base = (char *)parts[first].iov_base + written;
      parts[first].iov_len -= (size_t)written;
    }
  }
}
/* Bytes to standard output in as few system calls as the kernel takes them, after what stdio
   still holds. */
static inline void pw_write_out(const void *bytes, size_t count) {
  fflush(stdout);
  const char *next = bytes;
  while (count > 0) {
    ssize_t written = write(STDOUT_FILENO, next, count);
    if (written < 0) {
      if (errno == EINTR) continue;
      return;
    }
    next += written;
    count -= (size_t)written;
  }
}
static inline void pw_print_error(const char *text) {
  fflush(stdout);
  fputs(text, stderr);
  fflush(stderr);
}

#endif
