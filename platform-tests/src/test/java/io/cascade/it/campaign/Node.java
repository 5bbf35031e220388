package io.cascade.it.campaign;

import com.fasterxml.jackson.databind.JsonNode;
import io.cascade.it.support.Platform;
import io.cascade.it.support.PlatformSession;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * A platform the campaign tests talk to: its web address and its database. The shared test stack is
 * one; {@link SecondPlatform} starts another (its own WildFly and database) that a test may kill.
 */
class Node {

  private final String webUrl;
  private final String dbUrl;

  Node(String webUrl, String dbUrl) {
    this.webUrl = webUrl.endsWith("/") ? webUrl : webUrl + "/";
    this.dbUrl = dbUrl;
  }

  static Node shared() {
    return new Node(Platform.webUrl(), PlatformSession.stack().dbUrl());
  }

  String webUrl() {
    return webUrl;
  }

  Connection db() throws SQLException {
    return DriverManager.getConnection(
        dbUrl, PlatformSession.stack().dbUser(), PlatformSession.stack().dbPassword());
  }

  HttpResponse<String> get(String path, String token) {
    return Platform.send(
        HttpRequest.newBuilder(URI.create(webUrl + path))
            .header("Authorization", "Bearer " + token)
            .header("Accept", "application/json")
            .GET());
  }

  HttpResponse<String> post(String path, String token, String contentType, String body) {
    return Platform.send(
        HttpRequest.newBuilder(URI.create(webUrl + path))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", contentType)
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  HttpResponse<String> post(String path, String token, String json) {
    return post(path, token, "application/json", json);
  }

  HttpResponse<String> put(String path, String token, String json) {
    return Platform.send(
        HttpRequest.newBuilder(URI.create(webUrl + path))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  /** The JSON of a call that must succeed (2xx). */
  JsonNode ok(HttpResponse<String> response) {
    if (response.statusCode() / 100 != 2) {
      throw new AssertionError(
          response.request().method()
              + " "
              + response.request().uri()
              + " answered "
              + response.statusCode()
              + ": "
              + response.body());
    }
    return Platform.json(response.body());
  }
}
