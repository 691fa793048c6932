-- Source: Spark's own SQL query tests, apache/spark sql/core/src/test/resources/sql-tests/inputs/ — statements of the "update" family picked from those files (the file of each is named above it).
-- randomly_generated_scripts.sql
UPDATE suppliers SET supplier_rating = supplier_rating + 0.1 WHERE supplier_id = v_supplier_id;
-- ----
-- randomly_generated_scripts.sql
UPDATE products SET product_discount = product_discount + v_new_discount WHERE supplier_id = v_supplier_id;
-- ----
-- randomly_generated_scripts.sql
UPDATE employees SET employee_commission = employee_commission - 50.0 WHERE employee_id = v_employee_id;
-- ----
-- randomly_generated_scripts.sql
UPDATE orders SET order_shipping = order_shipping - 0.5 WHERE order_shipping_city = v_shipping_city;
