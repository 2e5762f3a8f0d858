#include "CCurlLazy.h"

#include <CLazyLibrary.h>
#include <stdarg.h>
#include <stddef.h>

// The functions, not the macros that check an option's type in GCC and clang.
#define CURL_DISABLE_TYPECHECK 1
#include <curl/curl.h>

static const char *const curl_names[] = {"libcurl.so.4", "libcurl.so", NULL};
static pw_library CURL_LIBRARY = {curl_names, NULL, {0}};

// The three that take a value of the option's type: a long, a pointer or a curl_off_t, each
// 64 bits and passed alike on the LP64 platforms Planwerk is built for.
#define PW_LAZY_OPTION(ret, name, handle_type, option_type)                                 \
  PW_HIDDEN ret name(handle_type *handle, option_type option, ...) {                        \
    PW_RESOLVE(CURL_LIBRARY, name)                                                          \
    va_list values;                                                                         \
    va_start(values, option);                                                               \
    void *value = va_arg(values, void *);                                                   \
    va_end(values);                                                                         \
    return pw_function(handle, option, value);                                              \
  }

_Static_assert(sizeof(long) == sizeof(void *) && sizeof(curl_off_t) == sizeof(void *),
               "curl's option values are forwarded as one 64-bit word");

PW_LAZY_OPTION(CURLcode, curl_easy_setopt, CURL, CURLoption)
PW_LAZY_OPTION(CURLcode, curl_easy_getinfo, CURL, CURLINFO)
PW_LAZY_OPTION(CURLMcode, curl_multi_setopt, CURLM, CURLMoption)

PW_LAZY_VOID(CURL_LIBRARY, curl_easy_cleanup, (CURL *a), (a))
PW_LAZY(CURL_LIBRARY, CURL *, curl_easy_init, (void), ())
PW_LAZY(CURL_LIBRARY, CURLcode, curl_easy_pause, (CURL *a, int b), (a, b))
PW_LAZY(CURL_LIBRARY, const char *, curl_easy_strerror, (CURLcode a), (a))
PW_LAZY_VOID(CURL_LIBRARY, curl_free, (void *a), (a))
PW_LAZY(CURL_LIBRARY, CURLcode, curl_global_init, (long a), (a))
PW_LAZY(CURL_LIBRARY, CURLMcode, curl_multi_add_handle, (CURLM *a, CURL *b), (a, b))
PW_LAZY(CURL_LIBRARY, CURLMcode, curl_multi_assign, (CURLM *a, curl_socket_t b, void *c), (a, b, c))
PW_LAZY(CURL_LIBRARY, CURLMcode, curl_multi_cleanup, (CURLM *a), (a))
PW_LAZY(CURL_LIBRARY, CURLMsg *, curl_multi_info_read, (CURLM *a, int *b), (a, b))
PW_LAZY(CURL_LIBRARY, CURLM *, curl_multi_init, (void), ())
PW_LAZY(CURL_LIBRARY, CURLMcode, curl_multi_remove_handle, (CURLM *a, CURL *b), (a, b))
PW_LAZY(CURL_LIBRARY, CURLMcode, curl_multi_socket_action, (CURLM *a, curl_socket_t b, int c, int *d), (a, b, c, d))
PW_LAZY(CURL_LIBRARY, struct curl_slist *, curl_slist_append, (struct curl_slist *a, const char *b), (a, b))
PW_LAZY_VOID(CURL_LIBRARY, curl_slist_free_all, (struct curl_slist *a), (a))
PW_LAZY(CURL_LIBRARY, CURLU *, curl_url, (void), ())
PW_LAZY(CURL_LIBRARY, CURLUcode, curl_url_get, (CURLU *a, CURLUPart b, char **c, unsigned int d), (a, b, c, d))
PW_LAZY(CURL_LIBRARY, CURLUcode, curl_url_set, (CURLU *a, CURLUPart b, const char *c, unsigned int d), (a, b, c, d))
PW_LAZY(CURL_LIBRARY, char *, curl_version, (void), ())
PW_LAZY(CURL_LIBRARY, curl_version_info_data *, curl_version_info, (CURLversion a), (a))
