document.title = 'DigitalOcean Panel';
