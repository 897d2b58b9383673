// Where Briefs' tools find Debian's nginx (the end-to-end "nginx" project serves dist/ with it).
export const NGINX_PATH = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
