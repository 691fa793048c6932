import { RuleTester } from '../../../src/lint';
import rule from '../../../src/lint/rules/no-secrets-in-with';

const table = (options: string) => `CREATE TEMPORARY TABLE t (id BIGINT) WITH ('connector' = 'kafka', ${options});`;
const MESSAGE = "'password' holds a literal credential: committed SQL must not carry secrets; write '${env:NAME}' and set NAME where the job runs";

RuleTester.run(rule, {
  valid: [
    { code: table("'properties.sasl.jaas.config' = 'org.apache.kafka.common.security.plain.PlainLoginModule required username=\"etl\" password=\"${env:KAFKA_PASSWORD}\";'"), dialect: 'flink' },
    { code: table("'properties.ssl.truststore.password' = '${env:TRUSTSTORE_PASSWORD}', 'properties.ssl.truststore.location' = '/etc/kafka/truststore.jks'"), dialect: 'flink' },
    // Options that describe a credential rather than hold it; an empty password; a Kerberos JAAS config with no password.
    { code: table("'properties.sasl.mechanism' = 'PLAIN', 'token.endpoint.url' = 'https://auth/x', 'password' = ''"), dialect: 'flink' },
    { code: table("'properties.sasl.jaas.config' = 'com.sun.security.auth.module.Krb5LoginModule required useKeyTab=true keyTab=\"/etc/etl.keytab\";'"), dialect: 'flink' },
    // Keys that merely contain a secret word inside another one.
    { code: table("'properties.key.serializer' = 'x', 'key.format' = 'json', 'tokenizer' = 'ws'"), dialect: 'flink' },
    { code: "CREATE CATALOG pg WITH ('type' = 'jdbc', 'username' = 'etl', 'password' = '${env:PG_PASSWORD}');", dialect: 'flink' },
    // Spark and Hive files are left to other rules.
    { code: "CREATE TABLE t (id BIGINT) TBLPROPERTIES ('password' = 'x')", dialect: 'hive' },
  ],
  invalid: [
    {
      code: "CREATE TEMPORARY TABLE dim (id BIGINT) WITH (\n  'connector' = 'jdbc',\n  'password' = 'hunter2'\n);",
      dialect: 'flink',
      errors: [{ messageId: 'literal', line: 2, character: 2, endLine: 2, endCharacter: 24, message: MESSAGE }],
    },
    {
      // A JAAS config whose password is literal, a keystore password that is a project variable (committed), an access key.
      code: table("'properties.sasl.jaas.config' = 'PlainLoginModule required username=\"etl\" password=\"s3cret\";', 'properties.ssl.keystore.password' = '${keystore_pw}', 's3.access-key' = 'AKIA123'"),
      dialect: 'flink',
      errors: [
        { messageId: 'literal', line: 0, character: 66 },
        { messageId: 'literal', line: 0, character: 161 },
        { messageId: 'literal', line: 0, character: 216 },
      ],
    },
    {
      // Catalog properties, OPTIONS hints and SET statements too.
      code: "CREATE CATALOG pg WITH ('type' = 'jdbc', 'password' = 'pw');\nSET 'fs.s3a.secret.key' = 'abc';\nINSERT INTO out_tbl SELECT id FROM src /*+ OPTIONS('properties.sasl.jaas.config' = 'x required password=\"pw\";') */;",
      dialect: 'flink',
      errors: [
        { messageId: 'literal', line: 0, character: 41, message: MESSAGE },
        { messageId: 'literal', line: 1, character: 0 },
        { messageId: 'literal', line: 2, character: 51 },
      ],
    },
  ],
});
