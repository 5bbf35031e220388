/**
 * The public media path ({@code /media/{tenant}/{id}/{name}}, no login: providers and phones fetch
 * images by URL) and the media REST API. Depends on the ejb's {@code media} package.
 */
package io.cascade.web.media;
