// placeholder: replaced by the oracle bundling step
