package io.cascade.media;

/** The bytes of a kept image, for the public media path. */
public record ImageFile(String fileName, String contentType, byte[] content) {}
