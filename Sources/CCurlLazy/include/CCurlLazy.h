// libcurl opened only if Foundation's URLSession is ever used (CLazyLibrary). FlyingFox, the
// meeting view's server, links FoundationNetworking for a proxy handler Planwerk never uses,
// and with it libcurl and the thirty libraries under it (TLS, Kerberos, LDAP, SSH) that every
// start would otherwise load.
#ifndef PLANWERK_CCURLLAZY_H
#define PLANWERK_CCURLLAZY_H

/* Nothing to call: the target defines libcurl's functions for FoundationNetworking. It is not
   in the Debian package's Depends, as nothing Planwerk does reaches it. */

#endif
